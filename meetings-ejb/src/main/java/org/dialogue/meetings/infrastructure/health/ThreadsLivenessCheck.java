package org.dialogue.meetings.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless threads are deadlocked: a process in that state does not recover by itself and should be restarted.
 * Liveness deliberately asks nothing of the database: during a database outage the instance is not ready (the load
 * balancer sends no one to it) but it is alive, and restarting it would not bring the database back.
 */
@Liveness
@ApplicationScoped
public class ThreadsLivenessCheck implements HealthCheck {

    public static final String NAME = "threads";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = threads.findDeadlockedThreads();
        return deadlocked == null ? new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP, Optional.empty())
                : new HealthCheckResponse(NAME, HealthCheckResponse.Status.DOWN,
                        Optional.of(Map.of("deadlocked", deadlocked.length)));
    }
}
