package org.dialogue.meetings.application.mail;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dialogue.meetings.infrastructure.mail.MailSettings;
import org.dialogue.meetings.infrastructure.database.DatabaseMigration;
import org.dialogue.meetings.infrastructure.time.ScheduledRunFailures;

/**
 * Every 10 seconds: queues the reminders that are due and sends the outbox's due mails, so a mail leaves within seconds
 * of being queued (a run with nothing due costs a few short queries). The timer is not persistent: what is due is in
 * the database, so a restart loses nothing, and each server of a cluster may run it (the claims keep each mail to one
 * sender).
 */
@Stateless
public class MailSchedule {

    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());
    /** One per server, shared by this bean's pooled instances. */
    private static final ScheduledRunFailures FAILURES = new ScheduledRunFailures(LOG, "Sending the mail outbox");

    @EJB
    private DatabaseMigration migration;

    @EJB
    private OutboxSender sender;

    @Inject
    private MailSettings settings;

    /**
     * A failure (the database down) is logged and the timer kept: a timer method that throws is cancelled by the
     * container after one retry, and mail would stop until a restart.
     */
    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void every10Seconds() {
        try {
            if (migration.schemaVersion().isEmpty()) {
                return; // the schema is still being made or moved forward (a first start): nothing to read yet
            }
            sendWhatIsDue();
            FAILURES.succeeded();
        } catch (RuntimeException e) { // NOPMD: the timer must live on; ScheduledRunFailures logs it
            FAILURES.failed(e);
        }
    }

    private void sendWhatIsDue() {
        try {
            if (!settings.sendsOnSchedule() || settings.server().isEmpty()) {
                return;
            }
        } catch (IllegalArgumentException e) { // shown on the mail page too
            LOG.warning("Mail is not sent: " + e.getMessage());
            return;
        }
        try {
            sender.queueReminders();
        } catch (RuntimeException e) { // a second server queued the same reminder first: the next run goes on
            LOG.log(Level.FINE, "Reminders not queued this time", e);
        }
        sender.sendDue();
    }
}
