package org.dialogue.meetings.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.dialogue.meetings.infrastructure.database.DatabaseMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers: a connection from the application's own pool is asked to validate itself,
 * and the answer must come within {@link #DEADLINE}. A load balancer asks every second or so; a database that hangs
 * (instead of refusing) must not hold those requests for the pool's or the driver's much longer timeouts, so the
 * question runs on a managed thread and the check stops waiting after the deadline. While one question is still
 * unanswered, the next checks wait for the same one instead of starting another, so a hanging database never piles
 * up threads or connections.
 *
 * <p>The answer, open to anyone, names no reason beyond "no answer" or "refused"; the log has the details, written
 * when the database goes from answering to not answering (not on every check).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    public static final String NAME = "database";
    /** Short enough for a load balancer's check interval of one or two seconds, long enough for a busy database. */
    public static final Duration DEADLINE = Duration.ofSeconds(3);
    /** Short beside an outage, long beside a load balancer's check interval. */
    public static final Duration PAUSE_WHILE_DOWN = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService managedExecutor;

    private ExecutorService executor;
    private Duration deadline = DEADLINE;
    /**
     * While the database is down, it is asked again only after this pause; the checks in between give the last
     * answer. Every refused attempt makes Payara's pool log three warnings, and a load balancer checks every second:
     * without the pause an outage wrote some 200 lines a minute per instance.
     */
    private Duration pauseWhileDown = PAUSE_WHILE_DOWN;
    private Instant askAgainAt = Instant.MIN; // guarded by this
    private String lastReason; // guarded by this
    private Future<?> pending; // guarded by this
    private boolean answered = true; // guarded by this: the last check's outcome, to log changes only

    public DatabaseReadinessCheck() {
        // for CDI
    }

    /** A check outside the container, on the given data source and threads, with its own deadline. */
    DatabaseReadinessCheck(DataSource dataSource, ExecutorService executor, Duration deadline) {
        this.dataSource = dataSource;
        this.executor = executor;
        this.deadline = deadline;
        this.pauseWhileDown = Duration.ZERO;
    }

    /** For tests: the pause between questions while the database is down (none by default outside the container). */
    DatabaseReadinessCheck pausingWhileDown(Duration pause) {
        this.pauseWhileDown = pause;
        return this;
    }

    @Override
    public HealthCheckResponse call() {
        Future<?> question;
        synchronized (this) {
            if (!answered && Instant.now().isBefore(askAgainAt)) {
                return down(lastReason);
            }
            if (pending == null || pending.isDone()) {
                pending = (executor != null ? executor : managedExecutor).submit(this::ask);
            }
            question = pending;
        }
        try {
            question.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            return outcome(true, null, null);
        } catch (TimeoutException e) {
            return outcome(false, "no answer within " + deadline.toMillis() + " ms", null);
        } catch (ExecutionException e) {
            return outcome(false, "refused", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return outcome(false, "check interrupted", null);
        }
    }

    private Void ask() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid((int) Math.max(1, deadline.toSeconds()))) {
                discard(connection);
                throw new SQLException("The connection did not validate");
            }
        }
        return null;
    }

    /**
     * Tells the pool to drop a connection that no longer works. Payara's pool does not validate connections by
     * default: after a database restart it handed the same broken connection to every check, and readiness stayed
     * down with the database back. Payara's data sources implement {@code com.sun.appserv.jdbc.DataSource}, whose
     * {@code markConnectionAsBad} does this; called by name, as this module compiles against Jakarta EE only.
     */
    private void discard(Connection connection) {
        try {
            dataSource.getClass().getMethod("markConnectionAsBad", Connection.class).invoke(dataSource, connection);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "The pool could not be told to drop a broken connection", e);
        }
    }

    private HealthCheckResponse outcome(boolean up, String reason, Throwable cause) {
        synchronized (this) {
            if (answered && !up) {
                LOG.log(Level.WARNING, cause, () -> "The database does not answer (" + reason + "): not ready");
            } else if (!answered && up) {
                LOG.info("The database answers again: ready");
            }
            answered = up;
            if (!up) {
                lastReason = reason;
                askAgainAt = Instant.now().plus(pauseWhileDown);
            }
        }
        return up ? new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP, Optional.empty()) : down(reason);
    }

    private static HealthCheckResponse down(String reason) {
        return new HealthCheckResponse(NAME, HealthCheckResponse.Status.DOWN, Optional.of(Map.of("reason", reason)));
    }
}
