package org.dialogue.meetings.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed sign-ins for one name: five within 15 minutes lock the name for 15 minutes. Explicit instants throughout. */
class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2030-03-01T10:00:00Z");

    @Test
    void theFifthFailureWithinTheWindowLocksTheNameForFifteenMinutes() {
        SignInThrottle throttle = new SignInThrottle("alice", T0);
        for (int minute = 0; minute < 4; minute++) {
            throttle.failed(T0.plus(Duration.ofMinutes(minute)));
            assertThat(throttle.isLocked(T0.plus(Duration.ofMinutes(minute)))).isFalse();
        }
        Instant fifth = T0.plus(Duration.ofMinutes(15)); // the window's last instant still counts
        throttle.failed(fifth);

        assertThat(throttle.getFailures()).isEqualTo(SignInThrottle.MAX_FAILURES).isEqualTo(5);
        assertThat(throttle.getLockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
        assertThat(throttle.isLocked(fifth)).isTrue();
        assertThat(throttle.isLocked(fifth.plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
    }

    @Test
    void theLockEndsAfterFifteenMinutesAndTheNextFailureStartsAFreshCount() {
        SignInThrottle throttle = lockedAt(T0);
        Instant unlocked = T0.plus(SignInThrottle.LOCK);

        assertThat(throttle.isLocked(unlocked)).isFalse();
        throttle.failed(unlocked.plusSeconds(1));

        assertThat(throttle.getFailures()).isEqualTo(1);
        assertThat(throttle.getLockedUntil()).isNull();
        assertThat(throttle.isLocked(unlocked.plusSeconds(1))).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        SignInThrottle throttle = new SignInThrottle("bob", T0);
        for (int i = 0; i < 4; i++) {
            throttle.failed(T0);
        }
        Instant later = T0.plus(SignInThrottle.WINDOW).plusSeconds(1);
        throttle.failed(later); // would be the fifth, but the first four are out of the window

        assertThat(throttle.getFailures()).isEqualTo(1);
        assertThat(throttle.isLocked(later)).isFalse();

        for (int i = 0; i < 4; i++) {
            throttle.failed(later.plusSeconds(i));
        }
        assertThat(throttle.isLocked(later.plusSeconds(4))).isTrue(); // five within the new window
    }

    @Test
    void aNameIsCountedTrimmedInLowerCaseAndCut() {
        assertThat(new SignInThrottle("  Alice.Smith ", T0).getUsername()).isEqualTo("alice.smith");
        assertThat(SignInThrottle.key(null)).isEmpty();
        assertThat(SignInThrottle.key("x".repeat(500))).hasSize(SignInThrottle.KEY_LENGTH);
    }

    private static SignInThrottle lockedAt(Instant at) {
        SignInThrottle throttle = new SignInThrottle("carol", at);
        for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
            throttle.failed(at);
        }
        assertThat(throttle.isLocked(at)).isTrue();
        return throttle;
    }
}
