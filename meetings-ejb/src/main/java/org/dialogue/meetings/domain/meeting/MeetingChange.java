package org.dialogue.meetings.domain.meeting;

/** What happened to a meeting that people who were invited must hear of. */
public enum MeetingChange {
    /** Its start or end moved. */
    RESCHEDULED,
    /** Its place changed (and not its time). */
    MOVED,
    CANCELLED
}
