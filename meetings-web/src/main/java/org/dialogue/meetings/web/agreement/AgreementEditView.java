package org.dialogue.meetings.web.agreement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.dialogue.meetings.application.AgreementDetails;
import org.dialogue.meetings.application.AgreementService;
import org.dialogue.meetings.application.MeetingService;
import org.dialogue.meetings.domain.agreement.AgreementKind;
import org.dialogue.meetings.domain.agreement.AgreementScope;
import org.dialogue.meetings.domain.agreement.AgreementStatus;
import org.dialogue.meetings.domain.agreement.CooperationAgreement;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.web.support.Feedback;

/**
 * The agreement page, with the meetings it serves: the form for administrators (a new agreement, or an existing one
 * with {@code ?id=}), the facts without inputs for everyone else.
 */
@Named
@ViewScoped
public class AgreementEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "agreementForm";

    @Inject
    private AgreementService agreementService;

    @Inject
    private MeetingService meetingService;

    @Inject
    private Feedback feedback;

    private Long id;
    private long version;
    private boolean found = true;
    /** The stored agreement, shown as facts to those who may not change it; null for a new one. */
    private CooperationAgreement agreement;
    private List<Meeting> meetings = List.of();

    private String title;
    private AgreementKind kind = AgreementKind.OPERATIONAL;
    private List<Long> partyIds = new ArrayList<>();
    private List<AgreementScope> scopes = new ArrayList<>();
    private LocalDate signedOn;
    private AgreementStatus status = AgreementStatus.DRAFT;
    private String summary;

    public void load() {
        if (id == null) {
            return;
        }
        agreementService.find(id).ifPresentOrElse(this::fill, () -> found = false);
        meetings = found ? meetingService.findByAgreement(id) : List.of();
    }

    private void fill(CooperationAgreement agreement) {
        this.agreement = agreement;
        version = agreement.getVersion();
        title = agreement.getTitle();
        kind = agreement.getKind();
        partyIds = new ArrayList<>(agreement.getParties().stream().map(Organisation::getId).toList());
        scopes = new ArrayList<>(agreement.getScopes());
        signedOn = agreement.getSignedOn();
        status = agreement.getStatus();
        summary = agreement.getSummary();
    }

    public String save() {
        AgreementDetails details = new AgreementDetails(title, kind, new HashSet<>(partyIds), new HashSet<>(scopes),
                signedOn, status, summary);
        return feedback.attempt(FORM, () -> id == null ? agreementService.register(details)
                            : agreementService.update(id, version, details))
                .map(saved -> {
                    feedback.infoAfterRedirect("agreement.saved", saved.getTitle());
                    return "/agreements/list?faces-redirect=true";
                })
                .orElse(null); // refused: stay on the form, with the input and the reasons
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isFound() {
        return found;
    }

    public CooperationAgreement getAgreement() {
        return agreement;
    }

    public List<Meeting> getMeetings() {
        return meetings;
    }

    public AgreementKind[] getKinds() {
        return AgreementKind.values();
    }

    public AgreementScope[] getAllScopes() {
        return AgreementScope.values();
    }

    public AgreementStatus[] getStatuses() {
        return AgreementStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public void setKind(AgreementKind kind) {
        this.kind = kind;
    }

    public List<Long> getPartyIds() {
        return partyIds;
    }

    public void setPartyIds(List<Long> partyIds) {
        this.partyIds = partyIds == null ? new ArrayList<>() : partyIds;
    }

    public List<AgreementScope> getScopes() {
        return scopes;
    }

    public void setScopes(List<AgreementScope> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : scopes;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public AgreementStatus getStatus() {
        return status;
    }

    public void setStatus(AgreementStatus status) {
        this.status = status;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
