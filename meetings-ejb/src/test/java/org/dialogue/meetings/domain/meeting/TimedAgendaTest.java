package org.dialogue.meetings.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.dialogue.meetings.domain.shared.TimeSlot;
import org.dialogue.meetings.domain.shared.Venue;
import org.junit.jupiter.api.Test;

/** Each agenda item's planned start and end, computed from the meeting's start on the venue's clock. */
class TimedAgendaTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi"); // UTC+3 all year, no daylight saving
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");   // UTC+5:30

    @Test
    void acrossTheEndOfSummerTimeTheDurationsAreAddedToTheInstantNotToTheWallClock() {
        // Summer time ends in Paris on Sunday 31 October 2027: at 03:00 CEST the clocks go back to 02:00 CET.
        // An overnight exercise from 01:00 CEST to 05:00 CET lasts five hours, not four.
        Meeting meeting = meeting(PARIS, LocalDateTime.of(2027, 10, 31, 1, 0), LocalDateTime.of(2027, 10, 31, 5, 0));
        assertThat(meeting.getSlot().duration()).isEqualTo(Duration.ofHours(5));
        meeting.addAgendaItem("Briefing", null, Duration.ofMinutes(90), null);
        meeting.addAgendaItem("Night phase one", null, Duration.ofMinutes(60), null);
        meeting.addAgendaItem("Night phase two", null, Duration.ofMinutes(60), null);
        meeting.addAgendaItem(AgendaItemKind.BREAK, "Coffee", null, Duration.ofMinutes(30), null);
        meeting.addAgendaItem("Debriefing", null, Duration.ofMinutes(90), null);

        List<TimedAgendaItem> rows = meeting.timedAgenda();

        assertThat(rows).extracting(r -> wallClock(r.localStart().toLocalDateTime()) + "–"
                + wallClock(r.localEnd().toLocalDateTime()) + " " + r.localEnd().getOffset())
                .containsExactly(
                        "01:00–02:30 +02:00",
                        "02:30–02:30 +01:00", // 02:30 summer time to 02:30 winter time: one hour
                        "02:30–03:30 +01:00",
                        "03:30–04:00 +01:00",
                        "04:00–05:30 +01:00");
        assertThat(rows.get(1).start()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
        assertThat(rows.get(1).end()).isEqualTo(Instant.parse("2027-10-31T01:30:00Z"));
        assertThat(rows).extracting(TimedAgendaItem::position).containsExactly(0, 1, 2, 3, 4);
        assertThat(rows).extracting(TimedAgendaItem::isBreak).containsExactly(false, false, false, true, false);
        // Only the debriefing ends after the meeting (05:30 against 05:00 CET).
        assertThat(rows).extracting(TimedAgendaItem::overruns).containsExactly(false, false, false, false, true);
    }

    @Test
    void inAZoneWithoutDaylightSavingAnItemEndingExactlyAtTheEndDoesNotOverrun() {
        Meeting meeting = meeting(NAIROBI, LocalDateTime.of(2030, 3, 30, 9, 0), LocalDateTime.of(2030, 3, 30, 11, 0));
        meeting.addAgendaItem("Opening", null, Duration.ofMinutes(20), null);
        meeting.addAgendaItem(AgendaItemKind.BREAK, "Tea", null, Duration.ofMinutes(10), null);
        meeting.addAgendaItem("Cases", null, Duration.ofMinutes(90), null);
        meeting.addAgendaItem("Any other business", null, Duration.ofMinutes(5), null);

        List<TimedAgendaItem> rows = meeting.timedAgenda();

        assertThat(rows).extracting(r -> wallClock(r.localStart().toLocalDateTime()) + "–"
                + wallClock(r.localEnd().toLocalDateTime()))
                .containsExactly("09:00–09:20", "09:20–09:30", "09:30–11:00", "11:00–11:05");
        assertThat(rows).extracting(TimedAgendaItem::overruns).containsExactly(false, false, false, true);
        assertThat(rows.get(0).localStart().getOffset()).isEqualTo(ZoneOffset.ofHours(3));
        assertThat(rows.get(1).item().getKind()).isEqualTo(AgendaItemKind.BREAK);
    }

    @Test
    void inAHalfHourZoneTheTimesFollowTheVenueClock() {
        Meeting meeting = meeting(KOLKATA, LocalDateTime.of(2030, 1, 15, 9, 0), LocalDateTime.of(2030, 1, 15, 10, 0));
        meeting.addAgendaItem("Welcome", null, Duration.ofMinutes(45), null);
        meeting.addAgendaItem("Review", null, Duration.ofMinutes(30), null);

        List<TimedAgendaItem> rows = meeting.timedAgenda();

        assertThat(rows.get(0).start()).isEqualTo(Instant.parse("2030-01-15T03:30:00Z")); // 09:00 at UTC+5:30
        assertThat(rows).extracting(r -> wallClock(r.localStart().toLocalDateTime()) + "–"
                + wallClock(r.localEnd().toLocalDateTime()))
                .containsExactly("09:00–09:45", "09:45–10:15");
        assertThat(rows).extracting(TimedAgendaItem::overruns).containsExactly(false, true);
    }

    @Test
    void anEmptyAgendaHasNoRowsAndTheOrderFollowsMoves() throws Exception {
        Meeting meeting = meeting(PARIS, LocalDateTime.of(2030, 1, 7, 9, 0), LocalDateTime.of(2030, 1, 7, 12, 0));
        assertThat(meeting.timedAgenda()).isEmpty();
        AgendaItem first = meeting.addAgendaItem("First", null, Duration.ofMinutes(30), null);
        AgendaItem coffee = meeting.addAgendaItem(AgendaItemKind.BREAK, "Coffee", null, Duration.ofMinutes(15), null);
        giveId(first, 1L);
        giveId(coffee, 2L);

        meeting.moveAgendaItem(2L, 0);

        List<TimedAgendaItem> rows = meeting.timedAgenda();
        assertThat(rows).extracting(TimedAgendaItem::item).containsExactly(coffee, first);
        assertThat(rows).extracting(r -> wallClock(r.localStart().toLocalDateTime()))
                .containsExactly("09:00", "09:15");
        assertThat(coffee.isBreak()).isTrue();
        assertThat(first.getKind()).isEqualTo(AgendaItemKind.ITEM);
    }

    private static Meeting meeting(ZoneId zone, LocalDateTime start, LocalDateTime end) {
        return new Meeting(MeetingKind.JOINT_OPERATIONAL_MEETING, "Timed meeting", TimeSlot.ofLocal(start, end, zone),
                Venue.inCity("Somewhere", "Anywhere"));
    }

    private static String wallClock(LocalDateTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    private static void giveId(AgendaItem item, long id) throws ReflectiveOperationException {
        java.lang.reflect.Field field = AgendaItem.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(item, id);
    }
}
