package org.dialogue.meetings.domain.organisation;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** A person chosen for an organisation (a delegation, a user account) belongs to another organisation. */
public class PersonOfOtherOrganisationException extends BusinessRuleException {
    public PersonOfOtherOrganisationException(String field, String person, String personsOrganisation,
            String expectedOrganisation) {
        super("error.person.otherOrganisation", field, person, personsOrganisation, expectedOrganisation);
    }
}
