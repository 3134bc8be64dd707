package org.dialogue.meetings.domain.account;

import jakarta.ejb.ApplicationException;
import org.dialogue.meetings.domain.shared.BusinessRuleException;

/**
 * The current password given to confirm a password change is not the user's. No rollback: nothing is changed before
 * it is thrown but the failure counted against the user name ({@link SignInThrottle}) and its audit entry, which must
 * stay.
 */
@ApplicationException(rollback = false)
public class WrongPasswordException extends BusinessRuleException {
    public WrongPasswordException() {
        super("error.password.wrongCurrent", "currentPassword");
    }
}
