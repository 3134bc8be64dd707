package org.dialogue.meetings.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

class CooperationAgreementTest {

    private final Organisation interpol = new Organisation("INTERPOL", "International Criminal Police Organization",
            OrganisationKind.GLOBAL);
    private final Organisation afripol = new Organisation("AFRIPOL", "African Mechanism for Police Cooperation",
            OrganisationKind.REGIONAL);

    @Test
    void anAgreementBindsAtLeastTwoDistinctOrganisations() {
        assertThatThrownBy(() -> new CooperationAgreement("Alone", AgreementKind.INSTITUTIONAL, List.of(interpol)))
                .isInstanceOf(TooFewPartiesException.class);
        assertThatThrownBy(() -> new CooperationAgreement("Twice the same", AgreementKind.INSTITUTIONAL,
                List.of(interpol, interpol)))
                .isInstanceOf(TooFewPartiesException.class)
                .hasMessageContaining("(1 chosen)");

        CooperationAgreement agreement = new CooperationAgreement("Cooperation", AgreementKind.OPERATIONAL,
                List.of(interpol, afripol));
        assertThat(agreement.getParties()).containsExactly(afripol, interpol);
        assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.DRAFT);
    }
}
