package org.dialogue.meetings.application.deadline;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dialogue.meetings.application.MinutesDeadlines;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.infrastructure.persistence.MinutesRepository;
import org.dialogue.meetings.infrastructure.database.DatabaseMigration;
import org.dialogue.meetings.infrastructure.time.ScheduledRunFailures;

/**
 * Closes the rounds of circulation whose deadline has passed (silence procedure), every 15 seconds (one indexed query
 * when nothing is due). Deadlines are data, not timers: the check reads them from the database, so a restart loses
 * none, and a timer that is not persistent suffices. Each minutes is closed in its own transaction under its version: when two servers run the check at the
 * same moment, one closes the round and the other's write is refused and skipped, so nothing is closed twice.
 *
 * <p>Not a service (no caller's roles): it runs as the system and is reached only from the timer and from
 * {@code MinutesService.closeDueRounds} (the secretariat's "check now").
 */
@Stateless
public class DeadlineCheck {

    public static final String SYSTEM_ACTOR = "system";

    private static final Logger LOG = Logger.getLogger(DeadlineCheck.class.getName());
    /** One per server, shared by this bean's pooled instances. */
    private static final ScheduledRunFailures FAILURES = new ScheduledRunFailures(LOG, "The deadline check");

    @EJB
    private DatabaseMigration migration;

    @Inject
    private MinutesRepository minutes;

    @Inject
    private MinutesDeadlines closing;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    /**
     * Without a transaction of its own: the work runs in invocations of its own (the query through the business
     * object, each round closed in its own transaction), and a failure (the database down) is logged and the timer
     * kept, so the check resumes when the database is back.
     */
    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void every15Seconds() {
        try {
            if (migration.schemaVersion().isEmpty()) {
                return; // the schema is still being made or moved forward (a first start): nothing to read yet
            }
            // Through the business object, not this.closeDueRounds: a database failure inside the timer's own
            // invocation got the timer cancelled (EJB5119) even though the exception was caught here.
            context.getBusinessObject(DeadlineCheck.class).closeDueRounds(SYSTEM_ACTOR);
            FAILURES.succeeded();
        } catch (RuntimeException e) { // NOPMD: the timer must live on; ScheduledRunFailures logs it
            FAILURES.failed(e);
        }
    }

    /** Closes each due round; returns how many this call closed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int closeDueRounds(String actor) {
        List<Long> due = minutes.dueForClosing(clock.instant());
        DeadlineCheck self = context.getBusinessObject(DeadlineCheck.class);
        int closed = 0;
        for (Long id : due) {
            try {
                if (self.closeOne(id, actor)) {
                    closed++;
                }
            } catch (jakarta.ejb.EJBException | OptimisticLockException e) {
                // Failed for another reason than a lost race (closeOne answers those with false): the next run retries.
                LOG.log(Level.WARNING, "Minutes " + id + " could not be closed now", e);
            }
        }
        return closed;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean closeOne(long minutesId, String actor) {
        try {
            Minutes found = minutes.find(minutesId).orElse(null);
            if (found == null) {
                return false;
            }
            Instant now = clock.instant();
            Map<String, String> before = found.auditFields();
            boolean changed = closing.closeIfDue(found, before, actor, now);
            if (changed) {
                em.lock(found, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                em.flush();
            }
            return changed;
        } catch (OptimisticLockException lostRace) {
            // Another server (or a delegate's last answer) changed these minutes first; the version check may refuse
            // at the flush above or at one a query makes while closing. This transaction rolls back, quietly: an
            // exception thrown out of here would be logged as a system error by the container.
            context.setRollbackOnly();
            LOG.fine(() -> "Minutes " + minutesId + " were closed elsewhere first");
            return false;
        }
    }
}
