package org.dialogue.meetings.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.dialogue.meetings.application.AgreementService;
import org.dialogue.meetings.application.MeetingService;
import org.dialogue.meetings.application.OrganisationService;
import org.dialogue.meetings.domain.agreement.CooperationAgreement;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.organisation.Organisation;

/**
 * One organisation, the agreements it is party to and the meetings it co-organises or attends. View-scoped: its
 * people are changed in place on the page (see {@link PeopleView}).
 */
@Named
@ViewScoped
public class OrganisationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private AgreementService agreementService;

    @Inject
    private MeetingService meetingService;

    private Long id;
    private Organisation organisation;
    private List<CooperationAgreement> agreements = List.of();
    private List<Meeting> meetings = List.of();

    public void load() {
        organisation = id == null ? null : organisationService.find(id).orElse(null);
        if (organisation != null) {
            agreements = agreementService.findByParty(id);
            meetings = meetingService.findByOrganisation(id);
        }
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<CooperationAgreement> getAgreements() {
        return agreements;
    }

    public List<Meeting> getMeetings() {
        return meetings;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
