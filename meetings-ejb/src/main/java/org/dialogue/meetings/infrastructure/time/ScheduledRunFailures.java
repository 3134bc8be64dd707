package org.dialogue.meetings.infrastructure.time;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a scheduled job does with a run that failed (the database down, or being restarted): it logs it and lets the
 * timer live. A timer method that throws is retried once and then cancelled for good by the container (EJB5119), so
 * one database outage would stop deadlines and mail until the next restart; a job that catches its failures simply
 * runs again on schedule and carries on when the database is back.
 *
 * <p>One WARNING when a job starts failing and one INFO line when it works again, not a stack trace every minute of an
 * outage; the runs in between are logged at FINE.
 */
public final class ScheduledRunFailures {

    private final Logger log;
    private final String job;
    private final AtomicBoolean failing = new AtomicBoolean();

    /** @param job what the job does, for the log ("The deadline check") */
    public ScheduledRunFailures(Logger log, String job) {
        this.log = log;
        this.job = job;
    }

    public void succeeded() {
        if (failing.compareAndSet(true, false)) {
            log.info(job + " works again");
        }
    }

    public void failed(RuntimeException e) {
        if (failing.compareAndSet(false, true)) {
            log.warning(job + " failed, and runs again on schedule until it works: " + rootCause(e));
        } else {
            log.log(Level.FINE, job + " failed again", e);
        }
    }

    public boolean isFailing() {
        return failing.get();
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
