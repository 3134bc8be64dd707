package org.dialogue.meetings.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import org.dialogue.meetings.web.support.HttpVisitor;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.OutboundCallTrap;
import org.junit.jupiter.api.Test;

/**
 * The server calls nobody outside this machine. Out of the box, Payara Micro reports its version and an id to Payara
 * about 16 seconds after it starts, and its data grid (Hazelcast) probes three cloud providers' metadata addresses and
 * reports home too; the run command, the tests and {@code ops/pair} turn both off (docs/operations.md, "Calls to the
 * outside"). The run's server sends all its http and https requests to an {@link OutboundCallTrap}.
 */
@ApplicationTest
class OutboundCallsIT {

    /** Payara's report went out about 16 s after the start, the data grid's a few seconds later. */
    private static final Duration REPORTS_COME_WITHIN = Duration.ofSeconds(60);

    @ApplicationAddress
    private String base;

    @Test
    void theServerCallsNobodyOutside() throws InterruptedException {
        assertThat(new HttpVisitor(base, HttpClient.Version.HTTP_1_1).get("login.xhtml").status()).isEqualTo(200);
        OutboundCallTrap trap = OutboundCallTrap.ofTheRun();
        Duration left = Duration.between(Instant.now(), trap.openedAt().plus(REPORTS_COME_WITHIN));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }

        assertThat(trap.requests()).as("requests the server sent out through Java's http and https").isEmpty();
    }
}
