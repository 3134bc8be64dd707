package org.dialogue.meetings.domain.shared;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** A wall-clock time skipped by a daylight-saving change in the venue's time zone (it never happens there). */
public class NonExistentLocalTimeException extends BusinessRuleException {
    public NonExistentLocalTimeException(String field, LocalDateTime time, ZoneId zone) {
        super("error.timeRange.nonExistentLocalTime", field, time.toString().replace('T', ' '), zone.getId());
    }
}
