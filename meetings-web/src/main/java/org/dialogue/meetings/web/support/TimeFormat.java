package org.dialogue.meetings.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.dialogue.meetings.domain.shared.LocalFormats;

/**
 * Shows instants on the venue's wall clock, always labelled with the zone, in the reader's language. Used from the
 * pages as {@code #{timeFormat.venueTime(meeting.startsAt, meeting.timeZone)}}.
 *
 * <p>A meeting's own times go through {@link #meetingTime} and {@link #meetingSlot}: the venue's time with its zone
 * and, when the signed-in user's zone shows another time, theirs beside it, labelled as theirs ({@link MeetingTimes}).
 * The user's zone is read once per request ({@link ViewerZone}).
 */
@Named
@ApplicationScoped
public class TimeFormat {

    private static final DateTimeFormatter TIME = LocalFormats.TIME;

    @Inject
    private ViewerZone viewerZone;

    /** A meeting's start: "Mar 17, 2031, 09:30 Europe/Paris · your time: 16:30 Asia/Singapore". */
    public String meetingTime(Instant instant, ZoneId zone) {
        return meetingTimes().moment(instant, zone);
    }

    /** A meeting's start and end, the venue's and, when it differs, the user's. */
    public String meetingSlot(Instant start, Instant end, ZoneId zone) {
        return meetingTimes().slot(start, end, zone);
    }

    /** The user's own time of a meeting, without label; empty when it is the venue's (or the user has no zone). */
    public String yourSlot(Instant start, Instant end, ZoneId zone) {
        return start == null || end == null || zone == null ? "" : meetingTimes().viewerSlot(start, end, zone);
    }

    /** "10:15–11:00" on the venue's clock, for an agenda item; with the date when it is not the meeting's first day. */
    public String agendaTime(Instant start, Instant end, ZoneId zone, Instant meetingStart) {
        return new MeetingTimes(locale(), null, "").agendaTime(start, end, zone, meetingStart);
    }

    /** The reader's language and zone, and the label of their time from the bundle ("time.yours"). */
    private MeetingTimes meetingTimes() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return new MeetingTimes(locale(), viewerZone.get(), bundle.getString("time.yours"));
    }

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
        return date == null ? "" : LocalFormats.mediumDate(locale()).format(date);
    }

    private String abbreviation(ZonedDateTime time) {
        return DateTimeFormatter.ofPattern("zzz", locale()).format(time);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
    }
}
