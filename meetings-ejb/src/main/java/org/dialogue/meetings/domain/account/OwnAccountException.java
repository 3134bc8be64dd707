package org.dialogue.meetings.domain.account;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** An administrator cannot disable their own account or take away their own role: someone must stay able to admin. */
public class OwnAccountException extends BusinessRuleException {
    public OwnAccountException() {
        super("error.user.ownAccount", null);
    }
}
