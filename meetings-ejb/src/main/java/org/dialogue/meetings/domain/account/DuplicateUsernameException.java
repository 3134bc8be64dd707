package org.dialogue.meetings.domain.account;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** Sign-in names are unique. */
public class DuplicateUsernameException extends BusinessRuleException {
    public DuplicateUsernameException(String username) {
        super("error.user.duplicateUsername", "username", username);
    }
}
