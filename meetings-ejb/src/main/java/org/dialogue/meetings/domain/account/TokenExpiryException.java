package org.dialogue.meetings.domain.account;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** A personal access token's expiry date must be after today and at most a year away. */
public class TokenExpiryException extends BusinessRuleException {
    public TokenExpiryException(int maximumDays) {
        super("error.token.expiry", "expiresOn", maximumDays);
    }
}
