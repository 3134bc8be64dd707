package org.dialogue.meetings.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Shows instants on the venue's wall clock, always labelled with the zone, in the reader's language. Used from the
 * pages as {@code #{timeFormat.venueTime(meeting.startsAt, meeting.timeZone)}}.
 */
@Named
@ApplicationScoped
public class TimeFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** "30 Oct 2027, 10:00 CEST". */
    public String venueTime(Instant instant, ZoneId zone) {
        if (instant == null || zone == null) {
            return "";
        }
        ZonedDateTime time = instant.atZone(zone);
        return date(time.toLocalDate()) + ", " + TIME.format(time) + " " + abbreviation(time);
    }

    /** "30 Oct 2027, 10:00 – 12:00 CET", or both dates when the meeting spans days, on the venue's clock. */
    public String slot(Instant start, Instant end, ZoneId zone) {
        if (start == null || end == null || zone == null) {
            return "";
        }
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        if (from.toLocalDate().equals(to.toLocalDate()) && from.getOffset().equals(to.getOffset())) {
            return date(from.toLocalDate()) + ", " + TIME.format(from) + " – " + TIME.format(to) + " "
                    + abbreviation(to);
        }
        return venueTime(start, zone) + " – " + venueTime(end, zone);
    }

    /**
     * A moment that belongs to no venue (a sign-in, an audit entry), in UTC and labelled so: "29 Nov 2026, 06:30:12
     * UTC". Users' own time zones come with the scheduling issue.
     */
    public String instant(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime time = instant.atZone(java.time.ZoneOffset.UTC);
        return date(time.toLocalDate()) + ", " + DateTimeFormatter.ofPattern("HH:mm:ss").format(time) + " UTC";
    }

    /** "Europe/Paris (UTC+01:00)", the offset being the one in force at the given instant. */
    public String zoneLabel(ZoneId zone, Instant at) {
        if (zone == null) {
            return "";
        }
        return zone.getId() + " (UTC" + zone.getRules().getOffset(at == null ? Instant.now() : at).getId()
                .replace("Z", "+00:00") + ")";
    }

    /** A date in the reader's language, "30 Oct 2027". */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                .format(date);
    }

    private String abbreviation(ZonedDateTime time) {
        return DateTimeFormatter.ofPattern("zzz", locale()).format(time);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
    }
}
