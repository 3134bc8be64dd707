package org.dialogue.meetings.infrastructure.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.testing.ContainerTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The connection pool's sizes come from the configuration: this run's server is given
 * {@code meetings.db.pool.max-size} and {@code meetings.db.pool.max-wait-ms} (arquillian.xml), smaller than the
 * defaults, and the pool must hold exactly that many connections and make the next caller wait that long before it
 * fails. Were the properties ignored, the pool's defaults (32 connections, 60 s) would let the extra connection through.
 */
@ContainerTest
class ConnectionPoolIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Test
    void thePoolGivesTheConfiguredMaximumAndTheNextCallerFailsAfterTheConfiguredWait() throws SQLException {
        int maxSize = ConfigProvider.getConfig().getValue("meetings.db.pool.max-size", Integer.class);
        Duration maxWait = Duration.ofMillis(
                ConfigProvider.getConfig().getValue("meetings.db.pool.max-wait-ms", Long.class));
        assertThat(maxSize).as("a size below the default of 32, or the test proves nothing").isLessThan(32);
        assertThat(maxWait).as("a wait below the default of 60 s").isLessThan(Duration.ofSeconds(30));

        List<Connection> held = new ArrayList<>();
        try {
            // Outside a transaction each call takes a connection of its own. Should a timer of the server hold one
            // for a moment, the call waits for it (within max-wait) rather than fails.
            for (int i = 0; i < maxSize; i++) {
                held.add(dataSource.getConnection());
            }
            for (Connection connection : held) {
                assertThat(connection.isValid(5)).isTrue();
            }

            long start = System.nanoTime();
            assertThatThrownBy(() -> dataSource.getConnection().close())
                    .as("a connection beyond max-size")
                    .isInstanceOf(SQLException.class);
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(waited).as("the wait before the refusal")
                    .isGreaterThanOrEqualTo(maxWait.minusMillis(100))
                    .isLessThan(maxWait.plusSeconds(20));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }

        try (Connection again = dataSource.getConnection()) {
            assertThat(again.isValid(5)).as("a connection once the others are back").isTrue();
        }
    }
}
