package org.dialogue.meetings.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderWindowTest {

    private static final Instant START = Instant.parse("2030-03-10T09:00:00Z");
    private static final Instant LONG_AGO = START.minus(Duration.ofDays(60));
    private static final List<Integer> DAYS = List.of(7, 1);

    private static Instant before(Duration duration) {
        return START.minus(duration);
    }

    @Test
    void eachReminderIsDueFromItsMomentForOneDay() {
        assertThat(ReminderWindow.due(START, LONG_AGO, before(Duration.ofDays(8)), DAYS)).isEmpty();
        assertThat(ReminderWindow.due(START, LONG_AGO, before(Duration.ofDays(7)), DAYS)).hasValue(7);
        assertThat(ReminderWindow.due(START, LONG_AGO, before(Duration.ofHours(7 * 24 - 23)), DAYS)).hasValue(7);
        assertThat(ReminderWindow.due(START, LONG_AGO, before(Duration.ofDays(3)), DAYS)).isEmpty(); // too late for 7
        assertThat(ReminderWindow.due(START, LONG_AGO, before(Duration.ofHours(24)), DAYS)).hasValue(1);
        assertThat(ReminderWindow.due(START, LONG_AGO, before(Duration.ofMinutes(5)), DAYS)).hasValue(1);
        assertThat(ReminderWindow.due(START, LONG_AGO, START, DAYS)).isEmpty();
        assertThat(ReminderWindow.due(START, LONG_AGO, START.plusSeconds(1), DAYS)).isEmpty();
    }

    @Test
    void someoneInvitedAfterTheMomentGetsNoReminderForIt() {
        Instant invited = before(Duration.ofDays(5));
        assertThat(ReminderWindow.due(START, invited, before(Duration.ofDays(5)), DAYS)).isEmpty();
        assertThat(ReminderWindow.due(START, invited, before(Duration.ofHours(12)), DAYS)).hasValue(1);
    }

    @Test
    void noDaysNoReminders() {
        assertThat(ReminderWindow.due(START, LONG_AGO, before(Duration.ofHours(12)), List.of())).isEmpty();
    }
}
