package org.dialogue.meetings.web.action;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dialogue.meetings.application.AccountService;
import org.dialogue.meetings.application.AccountSummary;
import org.dialogue.meetings.application.ActionService;
import org.dialogue.meetings.application.EditionService;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.action.ActionSearch;
import org.dialogue.meetings.domain.action.ActionStatus;
import org.dialogue.meetings.web.support.Feedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The follow-up actions: one page of rows at a time from the database, filtered there (owner, status, overdue,
 * priority axis, edition), so the list stays fast with many thousands of actions. The secretariat and the delegates
 * of an action's owner organisation update its status with a note in a dialog that also shows the history; the
 * service enforces who may, the page only offers the button to them.
 */
@Named
@ViewScoped
public class ActionListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String STATUS_FORM = "statusForm";

    @Inject
    private ActionService actionService;

    @Inject
    private AccountService accountService;

    @Inject
    private EditionService editionService;

    @Inject
    private Feedback feedback;

    // filters (also view parameters, so a filtered list can be linked to)
    private Long organisationId;
    private ActionStatus status;
    private boolean overdueOnly;
    private Long axisId;
    private Long editionId;

    private Role myRole;
    private Long myOrganisationId;
    private LocalDate today;
    private List<AxisOption> axes;

    // the dialog
    private ActionItem selected;
    private ActionStatus newStatus;
    private String note;

    /** The actions found as counted: past {@link ActionService#MOST_COUNTED} the page asks for a filter. */
    private long found;

    private final LazyDataModel<ActionItem> actions = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        /** The actions the paginator pages through: at most the first {@link ActionService#MOST_COUNTED}. */
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            found = actionService.countForList(search());
            return (int) Math.min(found, ActionService.MOST_COUNTED);
        }

        @Override
        public List<ActionItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            // the filters live in the view, not in the columns: count again on every load (see MeetingListView)
            setRowCount(count(filterBy));
            return actionService.search(search(), first, pageSize);
        }

        @Override
        public String getRowKey(ActionItem action) {
            return String.valueOf(action.getId());
        }
    };

    @PostConstruct
    void init() {
        AccountSummary me = accountService.me();
        myRole = me.getRole();
        myOrganisationId = me.getOrganisationId();
        today = actionService.today();
        axes = AxisOption.of(editionService.findAll());
    }

    private ActionSearch search() {
        return new ActionSearch(organisationId, status, overdueOnly, axisId, editionId, null);
    }

    /** Whether the reader may update this action's status: the secretariat, or a delegate of its owner. */
    public boolean canUpdate(ActionItem action) {
        return myRole == Role.SECRETARIAT || myRole == Role.DELEGATE && action != null
                && Objects.equals(myOrganisationId, action.getOwner().getId());
    }

    public boolean isOverdue(ActionItem action) {
        return action.isOverdue(today);
    }

    /** Opens the dialog on an action, freshly read with its history; the form starts empty. */
    public void open(ActionItem action) {
        selected = actionService.find(action.getId()).orElse(null);
        newStatus = null;
        note = null;
        if (selected == null) {
            feedback.errorAtField(null, "action", "actions.gone");
        }
    }

    /** Saves the new status and note; on refusal (a stale version, a rule) the reason shows and the input stays. */
    public void saveStatus() {
        if (selected == null) {
            return;
        }
        ActionItem current = selected;
        feedback.attempt(STATUS_FORM, () -> actionService.updateStatus(current.getId(), current.getVersion(),
                newStatus, note)).ifPresent(saved -> {
                    selected = actionService.find(saved.getId()).orElse(saved);
                    newStatus = null;
                    note = null;
                    feedback.info("actions.statusUpdated");
                });
    }

    public boolean isMoreThanCounted() {
        return found > ActionService.MOST_COUNTED;
    }

    public int getMostCounted() {
        return ActionService.MOST_COUNTED;
    }

    public LazyDataModel<ActionItem> getActions() {
        return actions;
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    public List<AxisOption> getAxes() {
        return axes;
    }

    public ActionItem getSelected() {
        return selected;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public Long getAxisId() {
        return axisId;
    }

    public void setAxisId(Long axisId) {
        this.axisId = axisId;
    }

    public Long getEditionId() {
        return editionId;
    }

    public void setEditionId(Long editionId) {
        this.editionId = editionId;
    }

    public ActionStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(ActionStatus newStatus) {
        this.newStatus = newStatus;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
