package org.dialogue.meetings.web.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.dialogue.meetings.application.OrganisationService;
import org.dialogue.meetings.domain.organisation.Organisation;

@Named
@RequestScoped
public class OrganisationListView {

    @Inject
    private OrganisationService organisationService;

    private List<Organisation> organisations;

    public List<Organisation> getOrganisations() {
        if (organisations == null) {
            organisations = organisationService.findAll();
        }
        return organisations;
    }
}
