package org.dialogue.meetings.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test only: the clock of the test deployment, replacing the application's system clock (a CDI alternative enabled
 * by its priority). It reads the system time plus an offset that a test moves forward, for example past an approval
 * deadline, and must put back ({@link #reset()}) when it is done; {@link SharedSettingsReset} also puts it back
 * before and after every test, as all container-test classes share the server.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class MovableClock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    @Produces
    public Clock clock() {
        return new Shifted();
    }

    /** Moves every service's "now" forward (or back). */
    public void advance(Duration by) {
        OFFSET.updateAndGet(current -> current.plus(by));
    }

    public void reset() {
        resetOffset();
    }

    /** Back to the system time, for {@link SharedSettingsReset} around every test. */
    static void resetOffset() {
        OFFSET.set(Duration.ZERO);
    }

    /** The system clock, shifted by the current offset at each reading. */
    private static final class Shifted extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), OFFSET.get());
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(OFFSET.get());
        }
    }
}
