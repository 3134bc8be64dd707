package org.dialogue.meetings.application.calendar;

/**
 * What a calendar file asks of the calendar that reads it (iCalendar's METHOD, RFC 5546): {@link #PUBLISH} for
 * downloads and feeds (information only), {@link #REQUEST} for an invitation or a notice of a new time or place (the
 * calendar adds or updates the event and may offer to reply), {@link #CANCEL} for a cancellation (the calendar removes
 * the event).
 */
public enum CalendarMethod {
    PUBLISH,
    REQUEST,
    CANCEL
}
