package org.dialogue.meetings.domain.meeting;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A person who would take part in two meetings at overlapping times: the meeting being saved and another scheduled
 * one (named with its time at its venue).
 */
public record PersonConflict(long personId, String personName, String organisation, String meetingTitle,
        long otherMeetingId, String otherTitle, Instant otherStart, Instant otherEnd, ZoneId otherZone)
        implements Serializable {
}
