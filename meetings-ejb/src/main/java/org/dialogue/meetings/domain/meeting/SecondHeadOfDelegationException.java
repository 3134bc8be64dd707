package org.dialogue.meetings.domain.meeting;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** Each organisation's delegation has one head per meeting. */
public class SecondHeadOfDelegationException extends BusinessRuleException {
    public SecondHeadOfDelegationException(String organisation, String currentHead) {
        super("error.participant.secondHead", "role", organisation, currentHead);
    }
}
