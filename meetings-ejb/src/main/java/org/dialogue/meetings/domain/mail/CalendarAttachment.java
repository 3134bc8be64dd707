package org.dialogue.meetings.domain.mail;

import java.util.Objects;

/**
 * The iCalendar file attached to a mail, as text (UTF-8), and its METHOD: {@code REQUEST} for an invitation or a new
 * time or place, {@code CANCEL} for a cancellation.
 */
public record CalendarAttachment(String ics, String method) {

    public static final String REQUEST = "REQUEST";
    public static final String CANCEL = "CANCEL";

    public CalendarAttachment {
        Objects.requireNonNull(ics, "ics");
        Objects.requireNonNull(method, "method");
    }

    /** The name the file is attached under. */
    public String fileName() {
        return CANCEL.equals(method) ? "cancel.ics" : "invite.ics";
    }
}
