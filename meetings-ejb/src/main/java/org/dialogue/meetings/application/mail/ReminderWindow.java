package org.dialogue.meetings.application.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * Which reminder is due for an invited person: the one "N days before" whose day has begun, that is from N days before
 * the start and for one day (a reminder that could not be queued then, say the server was down for days, is skipped
 * rather than sent late with the wrong count of days), for a person invited before that moment (who was invited later
 * has just had the invitation). Each is queued once: its outbox key holds the meeting, N and the person.
 */
public final class ReminderWindow {

    private ReminderWindow() {
    }

    public static OptionalInt due(Instant start, Instant invitedAt, Instant now, List<Integer> daysBefore) {
        if (!now.isBefore(start)) {
            return OptionalInt.empty();
        }
        for (int days : daysBefore) {
            Instant opens = start.minus(Duration.ofDays(days));
            Instant closes = opens.plus(Duration.ofDays(1));
            if (!now.isBefore(opens) && now.isBefore(closes) && invitedAt.isBefore(opens)) {
                return OptionalInt.of(days);
            }
        }
        return OptionalInt.empty();
    }
}
