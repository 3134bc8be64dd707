package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.mail.MailStatus;
import org.dialogue.meetings.domain.mail.OutboxMail;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.infrastructure.mail.MailSettings;
import org.dialogue.meetings.infrastructure.mail.SmtpServer;
import org.dialogue.meetings.infrastructure.persistence.OutboxRepository;

/**
 * The mail outbox as the secretariat and the administrators see it: whether mail is configured, what is waiting, what
 * was sent, what failed or could not be sent (no address, no server), and sending a failed mail again.
 */
@Stateless
@Interceptors(CallerAccountCheck.class) // the account is checked on every call, not only at sign-in
@RolesAllowed({Roles.SECRETARIAT, Roles.ADMINISTRATOR})
public class MailService {

    private static final String RECORD = "Mail";

    @Inject
    private OutboxRepository outbox;

    @Inject
    private MailSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    public MailOverview overview() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (Object[] row : outbox.countByStatus()) {
            counts.put((MailStatus) row[0], ((Number) row[1]).longValue());
        }
        String server = null;
        String error = null;
        List<Integer> days = List.of();
        try {
            server = settings.server().map(SmtpServer::describe).orElse(null);
            days = settings.reminderDays();
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
        }
        return new MailOverview(server, error, days, counts);
    }

    /** One page of the outbox, newest first; every status when {@code status} is null. */
    public List<OutboxMail> search(MailStatus status, int first, int max) {
        return outbox.search(status, first, max);
    }

    public long count(MailStatus status) {
        return outbox.count(status);
    }

    /**
     * Makes a failed mail (or one recorded while no server was configured) due again, from its first attempt. A mail
     * already due or sent is left as it is: two people pressing "send again" send it once.
     */
    public OutboxMail retry(long id) {
        OutboxMail mail = outbox.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        MailStatus before = mail.getStatus();
        if (mail.retry(clock.instant())) {
            audit.record(Callers.name(context), AuditAction.STATE_CHANGE, RECORD, id,
                    "status: " + before + " → " + MailStatus.DUE + "\nmail: " + mail.getDedupKey());
        }
        return mail;
    }
}
