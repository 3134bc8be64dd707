package org.dialogue.meetings.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A meeting's times as a reader sees them: the venue's with its zone, and the reader's own beside them. */
class MeetingTimesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore"); // UTC+8 all year
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");     // UTC+5:30
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final String LABEL = "your time: {0}";

    @Test
    void aMeetingSpanningTheEndOfSummerTimeInParisSeenFromSingapore() {
        // 30 Oct 2027 10:00 CEST (08:00 UTC) to 31 Oct 2027 12:00 CET (11:00 UTC): the clocks go back in between.
        Instant start = at(PARIS, 2027, 10, 30, 10, 0);
        Instant end = at(PARIS, 2027, 10, 31, 12, 0);
        assertThat(start).isEqualTo(Instant.parse("2027-10-30T08:00:00Z"));
        assertThat(end).isEqualTo(Instant.parse("2027-10-31T11:00:00Z"));
        MeetingTimes singapore = new MeetingTimes(Locale.ENGLISH, SINGAPORE, LABEL);

        assertThat(singapore.slot(start, end, PARIS)).isEqualTo(
                "Oct 30, 2027, 10:00 – Oct 31, 2027, 12:00 Europe/Paris"
                        + " · your time: 16:00 – 19:00 (Oct 31, 2027) Asia/Singapore");
        // The offset between the two changes from 6 to 7 hours across the night: each end is converted on its own.
        assertThat(singapore.moment(end, PARIS)).isEqualTo("Oct 31, 2027, 12:00 Europe/Paris · your time: 19:00 Asia/Singapore");
    }

    @Test
    void aReaderInTheVenueZoneOrOnTheSameClockOrWithoutAZoneSeesOnlyTheVenueTime() {
        Instant start = at(PARIS, 2031, 3, 17, 9, 30);
        Instant end = at(PARIS, 2031, 3, 17, 17, 0);
        String venueOnly = "Mar 17, 2031, 09:30 – 17:00 Europe/Paris";

        assertThat(new MeetingTimes(Locale.ENGLISH, PARIS, LABEL).slot(start, end, PARIS)).isEqualTo(venueOnly);
        // Berlin is another zone but shows the same wall-clock time: nothing to add.
        assertThat(new MeetingTimes(Locale.ENGLISH, ZoneId.of("Europe/Berlin"), LABEL).slot(start, end, PARIS))
                .isEqualTo(venueOnly);
        assertThat(new MeetingTimes(Locale.ENGLISH, null, LABEL).slot(start, end, PARIS)).isEqualTo(venueOnly);
        assertThat(new MeetingTimes(Locale.ENGLISH, null, LABEL).viewerSlot(start, end, PARIS)).isEmpty();
    }

    @Test
    void aMeetingInAHalfHourZoneSeenFromAZoneWithoutDaylightSaving() {
        Instant start = at(KOLKATA, 2030, 1, 15, 9, 0);
        Instant end = at(KOLKATA, 2030, 1, 15, 12, 30);
        MeetingTimes singapore = new MeetingTimes(Locale.ENGLISH, SINGAPORE, LABEL);

        assertThat(singapore.slot(start, end, KOLKATA)).isEqualTo(
                "Jan 15, 2030, 09:00 – 12:30 Asia/Kolkata · your time: 11:30 – 15:00 Asia/Singapore");
        // and the other way round: a Kolkata reader of a Singapore meeting
        assertThat(new MeetingTimes(Locale.ENGLISH, KOLKATA, LABEL).moment(at(SINGAPORE, 2030, 1, 15, 9, 0), SINGAPORE))
                .isEqualTo("Jan 15, 2030, 09:00 Asia/Singapore · your time: 06:30 Asia/Kolkata");
    }

    @Test
    void anAucklandReaderWhoseDateIsAlreadyTheNextDaySeesTheirDate() {
        // 17 March 2031, 14:00 – 17:00 in Paris (UTC+1) is 18 March, 02:00 – 05:00 in Auckland (UTC+13, summer).
        Instant start = at(PARIS, 2031, 3, 17, 14, 0);
        Instant end = at(PARIS, 2031, 3, 17, 17, 0);
        MeetingTimes auckland = new MeetingTimes(Locale.ENGLISH, AUCKLAND, LABEL);

        assertThat(auckland.slot(start, end, PARIS)).isEqualTo(
                "Mar 17, 2031, 14:00 – 17:00 Europe/Paris · your time: Mar 18, 2031, 02:00 – 05:00 Pacific/Auckland");
        assertThat(auckland.moment(start, PARIS))
                .isEqualTo("Mar 17, 2031, 14:00 Europe/Paris · your time: Mar 18, 2031, 02:00 Pacific/Auckland");
        assertThat(auckland.viewerSlot(start, end, PARIS)).isEqualTo("Mar 18, 2031, 02:00 – 05:00 Pacific/Auckland");
        // The morning of the same day in Paris is still the 17th in Auckland (evening): no date repeated.
        assertThat(auckland.moment(at(PARIS, 2031, 3, 17, 9, 0), PARIS))
                .isEqualTo("Mar 17, 2031, 09:00 Europe/Paris · your time: 21:00 Pacific/Auckland");
    }

    @Test
    void theLabelComesFromTheBundleAndDatesFollowTheReadersLanguage() {
        Instant start = at(PARIS, 2031, 3, 17, 14, 0);
        MeetingTimes french = new MeetingTimes(Locale.FRENCH, AUCKLAND, "votre heure : {0}");

        assertThat(french.moment(start, PARIS))
                .isEqualTo("17 mars 2031, 14:00 Europe/Paris · votre heure : 18 mars 2031, 02:00 Pacific/Auckland");
        assertThat(french.moment(null, PARIS)).isEmpty();
        assertThat(french.slot(start, null, PARIS)).isEmpty();
    }

    @Test
    void agendaTimesAreOnTheVenueClockWithTheDateOnlyOnLaterDays() {
        MeetingTimes format = new MeetingTimes(Locale.ENGLISH, AUCKLAND, LABEL); // the reader's zone plays no part
        Instant meetingStart = at(PARIS, 2027, 10, 30, 10, 0);

        assertThat(format.agendaTime(at(PARIS, 2027, 10, 30, 10, 0), at(PARIS, 2027, 10, 30, 10, 45), PARIS,
                meetingStart)).isEqualTo("10:00–10:45");
        // across the change and after it, the times say which clock: 02:30 CET is an hour after 02:30 CEST
        assertThat(format.agendaTime(Instant.parse("2027-10-31T00:30:00Z"), Instant.parse("2027-10-31T01:00:00Z"),
                PARIS, meetingStart)).isEqualTo("Oct 31, 2027, 02:30 CEST–02:00 CET");
        assertThat(format.agendaTime(Instant.parse("2027-10-31T01:30:00Z"), Instant.parse("2027-10-31T02:30:00Z"),
                PARIS, meetingStart)).isEqualTo("Oct 31, 2027, 02:30–03:30 CET");
        // in a zone without daylight saving, never an abbreviation
        assertThat(format.agendaTime(at(SINGAPORE, 2030, 1, 15, 9, 0), at(SINGAPORE, 2030, 1, 15, 9, 45), SINGAPORE,
                at(SINGAPORE, 2030, 1, 15, 9, 0))).isEqualTo("09:00–09:45");
        assertThat(format.agendaTime(at(PARIS, 2027, 10, 30, 23, 30), at(PARIS, 2027, 10, 31, 0, 30), PARIS,
                meetingStart)).isEqualTo("23:30–Oct 31, 2027, 00:30");
    }

    private static Instant at(ZoneId zone, int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(zone).toInstant();
    }
}
