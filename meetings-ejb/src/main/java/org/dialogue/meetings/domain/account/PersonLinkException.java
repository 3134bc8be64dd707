package org.dialogue.meetings.domain.account;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** A user account is linked to a person of its own organisation, and a person to one account at most. */
public class PersonLinkException extends BusinessRuleException {

    private PersonLinkException(String key, Object... arguments) {
        super(key, "personId", arguments);
    }

    public static PersonLinkException noOrganisation(String username) {
        return new PersonLinkException("error.account.noOrganisation", username);
    }

    public static PersonLinkException alreadyLinked(String person, String otherUsername) {
        return new PersonLinkException("error.account.personAlreadyLinked", person, otherUsername);
    }
}
