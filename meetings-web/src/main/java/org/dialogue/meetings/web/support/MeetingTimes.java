package org.dialogue.meetings.web.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dialogue.meetings.domain.shared.LocalFormats;

/**
 * A meeting's times as one reader sees them: the venue's wall clock with the venue's zone, and, when the reader's own
 * zone shows another wall-clock time, the reader's time beside it, labelled as theirs, with the date when it is not
 * the venue's date. Plain Java (no Faces), so it is tested on its own; {@link TimeFormat} makes one per request.
 */
public final class MeetingTimes {

    private static final DateTimeFormatter TIME = LocalFormats.TIME;
    static final String SEPARATOR = " · ";

    private final Locale locale;
    private final ZoneId viewer;
    private final String yourTimePattern;
    private final DateTimeFormatter dates;

    /**
     * @param locale          the reader's language, for dates
     * @param viewer          the reader's own zone; null when unknown (then only the venue's time shows)
     * @param yourTimePattern the label of the reader's time, with {0} for it: "your time: {0}"
     */
    public MeetingTimes(Locale locale, ZoneId viewer, String yourTimePattern) {
        this.locale = locale;
        this.viewer = viewer;
        this.yourTimePattern = yourTimePattern;
        this.dates = LocalFormats.mediumDate(locale);
    }

    /** "Mar 17, 2031, 09:30 Europe/Paris · your time: 16:30 Asia/Singapore". */
    public String moment(Instant at, ZoneId venue) {
        if (at == null || venue == null) {
            return "";
        }
        String venueTime = venueMoment(at, venue);
        String yours = viewerMoment(at, venue);
        return yours.isEmpty() ? venueTime : venueTime + SEPARATOR + label(yours);
    }

    /** "Mar 17, 2031, 09:30 – 17:00 Europe/Paris · your time: 16:30 – 00:00 (Mar 18, 2031) Asia/Singapore". */
    public String slot(Instant start, Instant end, ZoneId venue) {
        if (start == null || end == null || venue == null) {
            return "";
        }
        String venueTime = venueSlot(start, end, venue);
        String yours = viewerSlot(start, end, venue);
        return yours.isEmpty() ? venueTime : venueTime + SEPARATOR + label(yours);
    }

    /** The venue's side alone: "Mar 17, 2031, 09:30 Europe/Paris". */
    public String venueMoment(Instant at, ZoneId venue) {
        ZonedDateTime time = at.atZone(venue);
        return date(time.toLocalDate()) + ", " + TIME.format(time) + " " + venue.getId();
    }

    /** The venue's side alone: "Mar 17, 2031, 09:30 – 17:00 Europe/Paris", both dates when it spans days. */
    public String venueSlot(Instant start, Instant end, ZoneId venue) {
        ZonedDateTime from = start.atZone(venue);
        ZonedDateTime to = end.atZone(venue);
        String until = from.toLocalDate().equals(to.toLocalDate()) ? TIME.format(to)
                : date(to.toLocalDate()) + ", " + TIME.format(to);
        return date(from.toLocalDate()) + ", " + TIME.format(from) + " – " + until + " " + venue.getId();
    }

    /**
     * The reader's side alone, without the label ("16:30 Asia/Singapore", or "Mar 18, 2031, 01:30 Pacific/Auckland"
     * when the reader's date is not the venue's); empty when the reader's clock shows the venue's time.
     */
    public String viewerMoment(Instant at, ZoneId venue) {
        if (!differs(venue, at)) {
            return "";
        }
        ZonedDateTime here = at.atZone(venue);
        ZonedDateTime there = at.atZone(viewer);
        return dateIfOther(there.toLocalDate(), here.toLocalDate()) + TIME.format(there) + " " + viewer.getId();
    }

    /**
     * The reader's side of a slot, without the label ("16:30 – 00:00 (Mar 18, 2031) Asia/Singapore"): the start's
     * date when it is not the venue's, the end's date when it is not the start's; empty when the clocks agree.
     */
    public String viewerSlot(Instant start, Instant end, ZoneId venue) {
        if (!differs(venue, start) && !differs(venue, end)) {
            return "";
        }
        ZonedDateTime from = start.atZone(viewer);
        ZonedDateTime to = end.atZone(viewer);
        String until = from.toLocalDate().equals(to.toLocalDate()) ? TIME.format(to)
                : TIME.format(to) + " (" + date(to.toLocalDate()) + ")";
        return dateIfOther(from.toLocalDate(), start.atZone(venue).toLocalDate()) + TIME.format(from) + " – " + until
                + " " + viewer.getId();
    }

    /**
     * An agenda item's start and end on the venue's clock, "10:15–11:00", with the date when the item is not on the
     * meeting's first day (or ends on another day). Once the clocks have changed since the meeting's start (daylight
     * saving), the times carry their abbreviation, "02:30 CEST–02:00 CET", so that a repeated hour reads right.
     */
    public String agendaTime(Instant start, Instant end, ZoneId venue, Instant meetingStart) {
        if (start == null || end == null || venue == null) {
            return "";
        }
        ZonedDateTime from = start.atZone(venue);
        ZonedDateTime to = end.atZone(venue);
        ZonedDateTime first = meetingStart == null ? from : meetingStart.atZone(venue);
        String day = first.toLocalDate().equals(from.toLocalDate()) ? "" : date(from.toLocalDate()) + ", ";
        String until = from.toLocalDate().equals(to.toLocalDate()) ? TIME.format(to)
                : date(to.toLocalDate()) + ", " + TIME.format(to);
        if (!from.getOffset().equals(to.getOffset())) {
            return day + TIME.format(from) + " " + abbreviation(from) + "–" + until + " " + abbreviation(to);
        }
        String zone = from.getOffset().equals(first.getOffset()) ? "" : " " + abbreviation(to);
        return day + TIME.format(from) + "–" + until + zone;
    }

    private String abbreviation(ZonedDateTime time) {
        return DateTimeFormatter.ofPattern("zzz", locale).format(time);
    }

    /** Whether the reader's clock shows another time than the venue's at that instant. */
    boolean differs(ZoneId venue, Instant at) {
        return viewer != null && venue != null && at != null
                && !at.atZone(viewer).toLocalDateTime().equals(at.atZone(venue).toLocalDateTime());
    }

    private String label(String yours) {
        return LocalFormats.message(yourTimePattern, locale, yours);
    }

    private String dateIfOther(LocalDate date, LocalDate reference) {
        return date.equals(reference) ? "" : date(date) + ", ";
    }

    private String date(LocalDate date) {
        return dates.format(date);
    }
}
