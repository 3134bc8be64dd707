package org.dialogue.meetings.domain.shared;

/** An end that does not come after its start. */
public class InvalidTimeRangeException extends BusinessRuleException {
    public InvalidTimeRangeException(String field) {
        super("error.timeRange.endNotAfterStart", field);
    }
}
