package org.dialogue.meetings.application.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dialogue.meetings.domain.mail.MailStatus;
import org.dialogue.meetings.domain.mail.OutboxMail;
import org.dialogue.meetings.domain.mail.RetryPolicy;
import org.dialogue.meetings.infrastructure.mail.MailSettings;
import org.dialogue.meetings.infrastructure.mail.SmtpMailer;
import org.dialogue.meetings.infrastructure.mail.SmtpServer;
import org.dialogue.meetings.infrastructure.persistence.OutboxRepository;

/**
 * Sends the outbox's due mails, each once. For each row: a claim, committed on its own (a conditional UPDATE that only
 * one sender can win, see {@link OutboxRepository#claim}); then the mail goes to the SMTP server, outside any
 * transaction; then the row is marked sent, or failed with its next attempt ({@link RetryPolicy}), in a transaction of
 * its own. A second server running the same loop skips the rows this one has claimed; a sender that dies after its
 * claim leaves a row that becomes due again when the claim expires ({@value #CLAIM_MINUTES} minutes), so no mail is
 * lost. The one case a mail can arrive twice: the server took it and the process died before the "sent" was committed.
 *
 * <p>Not a service (no caller's roles): reached from the timer ({@link MailSchedule}) and from the tests.
 */
@Stateless
public class OutboxSender {

    static final long CLAIM_MINUTES = 5;
    private static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final String PROCESS = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    private OutboxRepository outbox;

    @Inject
    private MailSettings settings;

    @Inject
    private SmtpMailer mailer;

    @Inject
    private MailQueue queue;

    @Inject
    private MinutesRoundMails minutesRounds;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** Sends what is due now; returns how many mails the server took. Nothing without a configured server. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        Optional<SmtpServer> server = settings.server();
        if (server.isEmpty()) {
            return 0;
        }
        OutboxSender self = context.getBusinessObject(OutboxSender.class);
        int sent = 0;
        for (Long id : self.dueIds()) {
            String claim = PROCESS + "/" + UUID.randomUUID();
            Optional<OutboxMail> claimed = self.claim(id, claim);
            if (claimed.isEmpty()) {
                continue; // another sender has it
            }
            try {
                mailer.send(server.get(), claimed.get(), clock.instant());
            } catch (Exception e) { // NOPMD: whatever kept the mail from the server is recorded on the row
                LOG.log(Level.WARNING, "Mail " + id + " (" + claimed.get().getDedupKey() + ") not sent: " + e);
                self.failed(id, claim, describe(e));
                continue;
            }
            self.sent(id, claim);
            sent++;
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueIds() {
        return outbox.due(clock.instant(), BATCH);
    }

    /** Claims the row for this sender, committed at once; the row as claimed, or empty when another sender has it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OutboxMail> claim(long id, String claim) {
        Instant now = clock.instant();
        if (!outbox.claim(id, claim, now, now.plus(Duration.ofMinutes(CLAIM_MINUTES)))) {
            return Optional.empty();
        }
        return outbox.find(id);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id, String claim) {
        OutboxMail mail = outbox.find(id).orElseThrow();
        if (!mail.isClaimedBy(claim)) {
            // Our claim expired while the server was taking the mail, and another sender took the row over.
            LOG.warning("Mail " + id + " was sent after its claim had expired");
        }
        if (mail.getStatus() == MailStatus.DUE) {
            mail.sent(clock.instant());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String claim, String error) {
        OutboxMail mail = outbox.find(id).orElseThrow();
        if (mail.isClaimedBy(claim) && mail.getStatus() == MailStatus.DUE) {
            mail.failed(error, clock.instant(), RetryPolicy.DEFAULT);
        }
    }

    /** Queues the reminders due now (of meetings and of minutes to answer), in a transaction of their own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int queueReminders() {
        return queue.queueReminders() + minutesRounds.queueReminders();
    }

    /** The exception and its causes, as the mail page shows them. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1500; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
