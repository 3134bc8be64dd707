package org.dialogue.meetings.domain.meeting;

/**
 * A CDI event fired inside the transaction that reschedules, moves or cancels a meeting, so that what observes it (the
 * mail outbox) commits or rolls back together with the change.
 *
 * @param calendarSequence the meeting's iCalendar SEQUENCE after the change
 */
public record MeetingChanged(long meetingId, MeetingChange change, int calendarSequence) {
}
