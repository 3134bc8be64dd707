package org.dialogue.meetings.domain.meeting;

import java.time.LocalDate;
import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** A meeting of an edition must take place within the edition's planned dates. */
public class MeetingOutsideEditionException extends BusinessRuleException {
    public MeetingOutsideEditionException(int editionNumber, LocalDate editionStart, LocalDate editionEnd) {
        super("error.meeting.outsideEdition", "start", editionNumber, String.valueOf(editionStart),
                String.valueOf(editionEnd));
    }
}
