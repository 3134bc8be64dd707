package org.dialogue.meetings.application;

import org.dialogue.meetings.domain.organisation.OrganisationKind;

/** What a form says about an organisation; {@code null} means unknown. */
public record OrganisationDetails(String acronym, String name, OrganisationKind kind, Integer foundedYear,
        String headquarters, Integer memberCount, Integer observerCount, String motto) {
}
