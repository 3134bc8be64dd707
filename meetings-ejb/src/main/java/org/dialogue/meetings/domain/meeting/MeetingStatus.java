package org.dialogue.meetings.domain.meeting;

public enum MeetingStatus {
    SCHEDULED, CANCELLED
}
