package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.action.ActionRuleException;
import org.dialogue.meetings.domain.action.ActionSearch;
import org.dialogue.meetings.domain.action.ActionStatus;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.infrastructure.persistence.ActionRepository;

/**
 * Follow-up actions: listed and filtered for everyone on what they may see, followed up (status with a note) by the
 * secretariat or by a delegate of the owner organisation. Each status change is kept in the action's history and in
 * the audit trail.
 */
@Stateless
@Interceptors(CallerAccountCheck.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class ActionService {

    private static final String RECORD = "Action";
    /** The most actions the list counts (see {@link #countForList}). */
    public static final int MOST_COUNTED = 1_000;

    @Inject
    private ActionRepository actions;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public List<ActionItem> search(ActionSearch search, int first, int max) {
        return actions.search(callers.reader(context), search, today(), first, max);
    }

    public long count(ActionSearch search) {
        return actions.count(callers.reader(context), search, today());
    }

    /**
     * How many actions the list finds, counted up to {@link #MOST_COUNTED} and one more: past that the list pages
     * through the first {@value #MOST_COUNTED} and asks for a filter (as search does).
     */
    public long countForList(ActionSearch search) {
        return actions.countUpTo(callers.reader(context), search, today(), MOST_COUNTED);
    }

    /** An action with its history, if the caller may see it. */
    public Optional<ActionItem> find(long actionId) {
        Reader reader = callers.reader(context);
        return visible(actionId, reader).map(a -> {
            a.getHistory().size();
            a.getMeeting().getTitle();
            return a;
        });
    }

    /** The day overdue is measured against (UTC). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.DELEGATE})
    public ActionItem updateStatus(long actionId, long expectedVersion, ActionStatus status, String note) {
        UserAccount me = callers.account(context);
        ActionItem action = visible(actionId, me.asReader())
                .orElseThrow(() -> new RecordNotFoundException(RECORD, actionId));
        if (me.getRole() == Role.DELEGATE && (me.getOrganisation() == null
                || !Objects.equals(me.getOrganisation().getId(), action.getOwner().getId()))) {
            throw ActionRuleException.notOwner(action.getOwner().getAcronym());
        }
        if (status == null) {
            throw ActionRuleException.statusRequired();
        }
        if (note == null || note.isBlank()) {
            throw ActionRuleException.noteRequired();
        }
        OptimisticLocking.requireUnchanged(RECORD, actionId, action.getVersion(), expectedVersion);
        Map<String, String> before = action.auditFields();
        action.updateStatus(status, note, me.getUsername(), clock.instant());
        OptimisticLocking.flush(em, RECORD, actionId, action);
        audit.changed(me.getUsername(), AuditAction.UPDATE, RECORD, actionId, before, action.auditFields(), note);
        action.getHistory().size();
        return action;
    }

    /** Need-to-know through the list query itself, so one rule decides what a page, a count and an id show. */
    private Optional<ActionItem> visible(long actionId, Reader reader) {
        return actions.find(actionId).filter(a -> actions.isVisible(reader, actionId, today()));
    }
}
