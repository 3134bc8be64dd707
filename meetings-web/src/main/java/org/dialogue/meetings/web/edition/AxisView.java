package org.dialogue.meetings.web.edition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.dialogue.meetings.application.AccountService;
import org.dialogue.meetings.application.AccountSummary;
import org.dialogue.meetings.application.ActionService;
import org.dialogue.meetings.application.OrganisationService;
import org.dialogue.meetings.application.PriorityRegisterService;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.action.ActionSearch;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.edition.PriorityAxis;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.register.AxisProgress;
import org.dialogue.meetings.domain.register.ProgressStatus;
import org.dialogue.meetings.infrastructure.persistence.AxisDecision;
import org.dialogue.meetings.web.support.Feedback;

/**
 * A priority axis: its register (where each organisation stands, year by year, with a comment), the decisions and
 * the actions that serve it. The secretariat records any organisation's progress, a delegate their own
 * organisation's, in a dialog; the service decides, the page offers the buttons only to them.
 */
@Named
@ViewScoped
public class AxisView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PROGRESS_FORM = "progressForm";
    /** The actions the page lists; the actions page, linked from here, has them all. */
    private static final int ACTIONS_SHOWN = 50;

    @Inject
    private PriorityRegisterService registerService;

    @Inject
    private ActionService actionService;

    @Inject
    private AccountService accountService;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private Feedback feedback;

    private Long id;
    private DialogueEdition edition;
    private PriorityAxis axis;
    private List<AxisProgress> register = List.of();
    private List<AxisDecision> decisions = List.of();
    private List<ActionItem> actions = List.of();
    private long actionCount;
    private Role myRole;
    /** The organisation a delegate speaks for; null for the secretariat and observers without one. */
    private Long myOrganisationId;
    /** That organisation, as the dialog offers it; read when first asked for. */
    private List<Organisation> myOrganisationChoice;

    // the dialog: a line being recorded
    private Long organisationId;
    private Integer year;
    private Long expectedVersion;
    private ProgressStatus status;
    private String comment;
    private boolean editingExisting;

    public void load() {
        AccountSummary me = accountService.me();
        myRole = me.getRole();
        myOrganisationId = me.getOrganisationId();
        myOrganisationChoice = null;
        edition = id == null ? null : registerService.editionOfAxis(id).orElse(null);
        axis = edition == null ? null : edition.getPriorityAxes().stream().filter(a -> a.getId().equals(id))
                .findFirst().orElse(null);
        if (axis == null) {
            return;
        }
        register = registerService.registerOfAxis(id);
        decisions = registerService.decisionsOfAxis(id);
        ActionSearch ofAxis = new ActionSearch(null, null, false, id, null, null);
        actions = actionService.search(ofAxis, 0, ACTIONS_SHOWN);
        actionCount = actionService.count(ofAxis);
    }

    /** The secretariat records any organisation's progress, a delegate their own. */
    public boolean isMayRecord() {
        return myRole == Role.SECRETARIAT || myRole == Role.DELEGATE && myOrganisationId != null;
    }

    public boolean mayEdit(AxisProgress line) {
        return myRole == Role.SECRETARIAT || myRole == Role.DELEGATE && myOrganisationId != null
                && Objects.equals(myOrganisationId, line.getOrganisation().getId());
    }

    /** The organisations the dialog offers: all for the secretariat, one's own for a delegate. */
    public List<Organisation> getOrganisationChoices() {
        if (myRole == Role.SECRETARIAT) {
            return organisationService.findAll();
        }
        if (myOrganisationChoice == null) { // read once per page, not at every evaluation of the dialog's menu
            myOrganisationChoice = myOrganisationId == null ? List.of()
                    : organisationService.find(myOrganisationId).map(List::of).orElse(List.of());
        }
        return myOrganisationChoice;
    }

    /** A new line: this year, the delegate's organisation already chosen. */
    public void startNew() {
        editingExisting = false;
        organisationId = myRole == Role.DELEGATE ? myOrganisationId : null;
        year = Year.now(ZoneOffset.UTC).getValue();
        expectedVersion = null;
        status = null;
        comment = null;
    }

    /** An existing line, at the version shown. */
    public void startEdit(AxisProgress line) {
        editingExisting = true;
        organisationId = line.getOrganisation().getId();
        year = line.getYear();
        expectedVersion = line.getVersion();
        status = line.getStatus();
        comment = line.getComment();
    }

    /** Saves the line; a refusal (stale, not one's organisation) shows in the dialog and what was typed stays. */
    public void save() {
        if (organisationId == null || year == null) {
            return; // the required fields said so already
        }
        // A "new" line for an organisation and year the page already shows rewrites that line, at the version shown.
        Long version = editingExisting ? expectedVersion : register.stream()
                .filter(l -> l.getOrganisation().getId().equals(organisationId) && l.getYear() == year)
                .map(l -> Long.valueOf(l.getVersion())).findFirst().orElse(null);
        feedback.attempt(PROGRESS_FORM, () -> registerService.setStatus(id, organisationId, year, version,
                status, comment)).ifPresent(saved -> {
                    register = registerService.registerOfAxis(id);
                    feedback.info("axis.register.saved", saved.getOrganisation().getAcronym(), saved.getYear());
                    editingExisting = false;
                    expectedVersion = null;
                });
    }

    public DialogueEdition getEdition() {
        return edition;
    }

    public PriorityAxis getAxis() {
        return axis;
    }

    public List<AxisProgress> getRegister() {
        return register;
    }

    public List<AxisDecision> getDecisions() {
        return decisions;
    }

    public List<ActionItem> getActions() {
        return actions;
    }

    public long getActionCount() {
        return actionCount;
    }

    public ProgressStatus[] getStatuses() {
        return ProgressStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ProgressStatus getStatus() {
        return status;
    }

    public void setStatus(ProgressStatus status) {
        this.status = status;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isEditingExisting() {
        return editingExisting;
    }
}
