package org.dialogue.meetings.domain.meeting;

public enum MeetingKind {
    DIALOGUE_SESSION, JOINT_OPERATIONAL_MEETING, OTHER
}
