package org.dialogue.meetings.domain.account;

import jakarta.ejb.ApplicationException;
import org.dialogue.meetings.domain.shared.BusinessRuleException;

/**
 * Too many wrong passwords for this user name ({@link SignInThrottle}): a password change is refused without looking
 * at the password given, as a sign-in is. No rollback: the refusal is kept in the audit trail.
 */
@ApplicationException(rollback = false)
public class PasswordAttemptsLockedException extends BusinessRuleException {
    public PasswordAttemptsLockedException() {
        super("error.password.locked", "currentPassword", SignInThrottle.LOCK.toMinutes());
    }
}
