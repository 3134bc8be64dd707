package org.dialogue.meetings.domain.agreement;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** An agreement binds at least two organisations. */
public class TooFewPartiesException extends BusinessRuleException {
    public TooFewPartiesException(int given) {
        super("error.agreement.tooFewParties", "parties", given);
    }
}
