package org.dialogue.meetings.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock the services read the time from. Injected rather than called as {@code Clock.systemUTC()} so that a test
 * deployment can replace it (a CDI alternative) and move time forward, for example past an approval deadline.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    public Clock systemClock() {
        return Clock.systemUTC();
    }
}
