package org.dialogue.meetings.domain.meeting;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** A person takes part in a meeting once, in one role. */
public class PersonAlreadyTakesPartException extends BusinessRuleException {
    public PersonAlreadyTakesPartException(String person) {
        super("error.participant.alreadyTakesPart", "personId", person);
    }
}
