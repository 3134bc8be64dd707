package org.dialogue.meetings.domain.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A meeting's time on the venue's wall clock, labelled with the zone, for messages that name another meeting:
 * "4 Mar 2030, 09:00 – 17:00 CET", or both dates when it spans days. The same form as the pages' time format.
 */
public final class SlotText {

    private SlotText() {
    }

    public static String of(Instant start, Instant end, ZoneId zone, Locale locale) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        DateTimeFormatter date = LocalFormats.mediumDate(locale);
        DateTimeFormatter time = LocalFormats.TIME;
        DateTimeFormatter abbreviation = DateTimeFormatter.ofPattern("zzz", locale);
        if (from.toLocalDate().equals(to.toLocalDate()) && from.getOffset().equals(to.getOffset())) {
            return date.format(from) + ", " + time.format(from) + " – " + time.format(to) + " "
                    + abbreviation.format(to);
        }
        return date.format(from) + ", " + time.format(from) + " " + abbreviation.format(from) + " – "
                + date.format(to) + ", " + time.format(to) + " " + abbreviation.format(to);
    }
}
