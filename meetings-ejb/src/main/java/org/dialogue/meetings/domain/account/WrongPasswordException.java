package org.dialogue.meetings.domain.account;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** The current password given to confirm a password change is not the user's. */
public class WrongPasswordException extends BusinessRuleException {
    public WrongPasswordException() {
        super("error.password.wrongCurrent", "currentPassword");
    }
}
