package org.dialogue.meetings.domain.meeting;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** A cancelled meeting is kept as history and no longer changed. */
public class MeetingCancelledException extends BusinessRuleException {
    public MeetingCancelledException(String title) {
        super("error.meeting.cancelled", null, title);
    }
}
