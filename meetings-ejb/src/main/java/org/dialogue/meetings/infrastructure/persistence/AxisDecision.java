package org.dialogue.meetings.infrastructure.persistence;

import java.io.Serializable;
import java.time.Instant;
import org.dialogue.meetings.domain.minutes.MinutesState;

/**
 * A decision that serves a priority axis, with where it was taken: a row of the axis page.
 *
 * @param minutesId    the minutes (the newest revision of the meeting's minutes)
 * @param minutesState their state (a draft decision is not final)
 * @param meetingId    the meeting
 * @param meetingTitle its title
 * @param meetingStart when it started
 * @param number       the decision's number in the minutes, from 1
 * @param text         the decision
 */
public record AxisDecision(long minutesId, MinutesState minutesState, long meetingId, String meetingTitle,
        Instant meetingStart, int number, String text) implements Serializable {

    // Getters for the pages: Jakarta EL 5 (Jakarta EE 10) reads bean properties, not record components.

    public long getMinutesId() {
        return minutesId;
    }

    public MinutesState getMinutesState() {
        return minutesState;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getMeetingTitle() {
        return meetingTitle;
    }

    public Instant getMeetingStart() {
        return meetingStart;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }
}
