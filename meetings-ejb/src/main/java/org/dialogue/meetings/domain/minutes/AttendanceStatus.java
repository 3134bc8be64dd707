package org.dialogue.meetings.domain.minutes;

public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED
}
