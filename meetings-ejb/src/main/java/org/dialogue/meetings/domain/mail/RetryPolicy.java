package org.dialogue.meetings.domain.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a mail that could not be sent is tried again: after one minute, then twice as long after each failure (2, 4,
 * 8 ... minutes), never more than six hours apart, and not at all after the {@value #DEFAULT_MAX_ATTEMPTS}th attempt.
 */
public record RetryPolicy(Duration first, Duration longest, int maxAttempts) {

    public static final int DEFAULT_MAX_ATTEMPTS = 8;
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(6),
            DEFAULT_MAX_ATTEMPTS);

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("A retry policy waits a positive time, at most the longest, and "
                    + "makes at least one attempt");
        }
    }

    /** How long to wait after the given number of failed attempts (1 for the first failure). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("No failed attempt yet");
        }
        Duration delay = first;
        for (int i = 1; i < failedAttempts; i++) {
            delay = delay.multipliedBy(2);
            if (delay.compareTo(longest) >= 0) {
                return longest;
            }
        }
        return delay;
    }

    /** The time of the next attempt after this many failed ones, or empty when the mail is given up. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant failedAt) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(failedAttempts)));
    }
}
