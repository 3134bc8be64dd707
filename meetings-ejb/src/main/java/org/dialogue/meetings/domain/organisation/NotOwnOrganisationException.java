package org.dialogue.meetings.domain.organisation;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** A delegate maintains only their own organisation's people. */
public class NotOwnOrganisationException extends BusinessRuleException {
    public NotOwnOrganisationException(String organisation) {
        super("error.person.notOwnOrganisation", null, organisation);
    }
}
