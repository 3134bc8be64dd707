package org.dialogue.meetings.domain.register;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** Rules of keeping the priority axes register. */
public class RegisterRuleException extends BusinessRuleException {

    private RegisterRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }

    /** A delegate records the progress of their own organisation only. */
    public static RegisterRuleException notOwnOrganisation(String organisation) {
        return new RegisterRuleException("error.register.notOwnOrganisation", "organisation", organisation);
    }

    public static RegisterRuleException statusRequired() {
        return new RegisterRuleException("error.register.statusRequired", "status");
    }

    public static RegisterRuleException yearOutOfRange(int year) {
        return new RegisterRuleException("error.register.yearOutOfRange", "year", String.valueOf(year));
    }
}
