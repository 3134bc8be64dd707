package org.dialogue.meetings.application;

import java.time.LocalDate;
import java.util.Set;
import org.dialogue.meetings.domain.agreement.AgreementKind;
import org.dialogue.meetings.domain.agreement.AgreementScope;
import org.dialogue.meetings.domain.agreement.AgreementStatus;

/** What a form says about a cooperation agreement. */
public record AgreementDetails(String title, AgreementKind kind, Set<Long> partyIds, Set<AgreementScope> scopes,
        LocalDate signedOn, AgreementStatus status, String summary) {

    public AgreementDetails {
        partyIds = partyIds == null ? Set.of() : Set.copyOf(partyIds);
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }
}
