package org.dialogue.meetings.web.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.dialogue.meetings.application.OrganisationDetails;
import org.dialogue.meetings.application.OrganisationService;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.OrganisationKind;
import org.dialogue.meetings.web.support.Feedback;

/**
 * The form that changes an organisation's facts, for the secretariat and administrators, saved against the version
 * the form was loaded at. Back on the organisation's page after a save.
 */
@Named
@ViewScoped
public class OrganisationEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "organisationForm";

    @Inject
    private OrganisationService organisationService;

    @Inject
    private Feedback feedback;

    private Long id;
    private long version;
    private boolean found;

    private String acronym;
    private String name;
    private OrganisationKind kind;
    private Integer foundedYear;
    private String headquarters;
    private Integer memberCount;
    private Integer observerCount;
    private String motto;

    public void load() {
        if (id == null) {
            return;
        }
        organisationService.find(id).ifPresent(this::fill);
    }

    private void fill(Organisation organisation) {
        found = true;
        version = organisation.getVersion();
        acronym = organisation.getAcronym();
        name = organisation.getName();
        kind = organisation.getKind();
        foundedYear = organisation.getFoundedYear();
        headquarters = organisation.getHeadquarters();
        memberCount = organisation.getMemberCount();
        observerCount = organisation.getObserverCount();
        motto = organisation.getMotto();
    }

    public String save() {
        OrganisationDetails details = new OrganisationDetails(acronym, name, kind, foundedYear, headquarters,
                memberCount, observerCount, motto);
        return feedback.attempt(FORM, () -> organisationService.update(id, version, details))
                .map(saved -> {
                    feedback.infoAfterRedirect("organisation.saved", saved.getAcronym());
                    return "/organisations/view?faces-redirect=true&id=" + saved.getId();
                })
                .orElse(null); // refused: stay on the form, with the input and the reasons
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public boolean isFound() {
        return found;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public Integer getFoundedYear() {
        return foundedYear;
    }

    public void setFoundedYear(Integer foundedYear) {
        this.foundedYear = foundedYear;
    }

    public String getHeadquarters() {
        return headquarters;
    }

    public void setHeadquarters(String headquarters) {
        this.headquarters = headquarters;
    }

    public Integer getMemberCount() {
        return memberCount;
    }

    public void setMemberCount(Integer memberCount) {
        this.memberCount = memberCount;
    }

    public Integer getObserverCount() {
        return observerCount;
    }

    public void setObserverCount(Integer observerCount) {
        this.observerCount = observerCount;
    }

    public String getMotto() {
        return motto;
    }

    public void setMotto(String motto) {
        this.motto = motto;
    }
}
