package org.dialogue.meetings.web.agreement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.dialogue.meetings.application.AgreementService;
import org.dialogue.meetings.domain.agreement.CooperationAgreement;

@Named
@RequestScoped
public class AgreementListView {

    @Inject
    private AgreementService agreementService;

    private List<CooperationAgreement> agreements;

    public List<CooperationAgreement> getAgreements() {
        if (agreements == null) {
            agreements = agreementService.findAll();
        }
        return agreements;
    }
}
