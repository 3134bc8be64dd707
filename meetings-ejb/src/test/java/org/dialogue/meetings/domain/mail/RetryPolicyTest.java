package org.dialogue.meetings.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");

    @Test
    void theWaitDoublesAfterEachFailureFromOneMinute() {
        RetryPolicy policy = RetryPolicy.DEFAULT;
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(64));
    }

    @Test
    void theWaitNeverExceedsTheLongest() {
        RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(6), 100);
        assertThat(policy.delayAfter(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(policy.delayAfter(10)).isEqualTo(Duration.ofHours(6));
        assertThat(policy.delayAfter(99)).isEqualTo(Duration.ofHours(6)); // no overflow either
    }

    @Test
    void theMailIsGivenUpAfterTheLastAttempt() {
        RetryPolicy policy = RetryPolicy.DEFAULT;
        assertThat(policy.nextAttempt(1, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(policy.nextAttempt(RetryPolicy.DEFAULT_MAX_ATTEMPTS - 1, NOW)).isPresent();
        assertThat(policy.nextAttempt(RetryPolicy.DEFAULT_MAX_ATTEMPTS, NOW)).isEmpty();
    }

    @Test
    void aPolicyThatCannotWaitIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofHours(2), Duration.ofHours(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
