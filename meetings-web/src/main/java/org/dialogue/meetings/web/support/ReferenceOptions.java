package org.dialogue.meetings.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.dialogue.meetings.application.AgreementService;
import org.dialogue.meetings.application.EditionService;
import org.dialogue.meetings.application.OrganisationService;
import org.dialogue.meetings.domain.agreement.CooperationAgreement;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.organisation.Organisation;

/** The choices forms and filters offer (organisations, editions, agreements), read once per request. */
@Named
@RequestScoped
public class ReferenceOptions {

    @Inject
    private OrganisationService organisationService;

    @Inject
    private EditionService editionService;

    @Inject
    private AgreementService agreementService;

    private List<Organisation> organisations;
    private List<DialogueEdition> editions;
    private List<CooperationAgreement> agreements;

    public List<Organisation> getOrganisations() {
        if (organisations == null) {
            organisations = organisationService.findAll();
        }
        return organisations;
    }

    public List<DialogueEdition> getEditions() {
        if (editions == null) {
            editions = editionService.findAll();
        }
        return editions;
    }

    public List<CooperationAgreement> getAgreements() {
        if (agreements == null) {
            agreements = agreementService.findAll();
        }
        return agreements;
    }
}
