package org.dialogue.meetings.infrastructure.time;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An outage of several runs gives one warning naming its cause and one line when the job works again. */
class ScheduledRunFailuresTest {

    private final Logger log = Logger.getLogger("test.scheduled." + System.nanoTime());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        log.setUseParentHandlers(false);
        log.setLevel(Level.ALL);
        log.addHandler(capture);
    }

    @AfterEach
    void release() {
        log.removeHandler(capture);
    }

    @Test
    void anOutageOfSeveralRunsIsOneWarningWithItsCauseThenOneLineWhenItWorksAgain() {
        ScheduledRunFailures failures = new ScheduledRunFailures(log, "The deadline check");
        failures.succeeded();
        assertThat(records).as("nothing to say while it works").isEmpty();

        RuntimeException outage = new EJBException(new IllegalStateException("no connection",
                new SQLException("Connection to localhost:5432 refused")));
        failures.failed(outage);
        failures.failed(outage);
        failures.failed(outage);
        assertThat(failures.isFailing()).isTrue();
        failures.succeeded();
        failures.succeeded();

        assertThat(records).filteredOn(r -> r.getLevel().intValue() >= Level.INFO.intValue())
                .extracting(LogRecord::getLevel, LogRecord::getMessage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Level.WARNING, "The deadline check failed, and runs again "
                                + "on schedule until it works: SQLException: Connection to localhost:5432 refused"),
                        org.assertj.core.groups.Tuple.tuple(Level.INFO, "The deadline check works again"));
        assertThat(records).filteredOn(r -> r.getLevel() == Level.FINE).hasSize(2);
        assertThat(failures.isFailing()).isFalse();
    }
}
