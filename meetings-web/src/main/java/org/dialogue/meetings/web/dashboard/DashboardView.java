package org.dialogue.meetings.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.dialogue.meetings.application.AccountService;
import org.dialogue.meetings.application.AccountSummary;
import org.dialogue.meetings.application.ActionCompletionService;
import org.dialogue.meetings.application.DashboardFigures;
import org.dialogue.meetings.application.EditionService;
import org.dialogue.meetings.application.MeetingService;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.action.ActionStatus;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.web.support.Feedback;

/**
 * The first page: for a delegate their organisation's open actions first; what is coming up; the priorities the
 * Dialogue last set; action completion per priority axis and per organisation across editions (a chart, and the
 * same numbers in a table); the overdue actions. Every number is counted in the database, on what the reader may see,
 * and kept until a record it is counted from changes ({@code ActionCompletionService#dashboard}).
 */
@Named
@RequestScoped
public class DashboardView {

    private static final int UPCOMING_SHOWN = 10;
    private static final int ACTIONS_SHOWN = 10;

    @Inject
    private MeetingService meetingService;

    @Inject
    private EditionService editionService;

    @Inject
    private ActionCompletionService completionService;

    @Inject
    private AccountService accountService;

    @Inject
    private Feedback feedback;

    private List<Meeting> upcoming;
    private DialogueEdition latestWithPriorities;
    private List<CompletionRow> byAxis;
    private List<CompletionRow> byOrganisation;
    private List<ActionItem> overdue;
    private long overdueCount;
    /** The delegate's organisation, whose open actions head the page; null for everyone else. */
    private Long myOrganisationId;
    private String myOrganisationAcronym;
    private List<ActionItem> myOpenActions = List.of();
    private long myOpenCount;
    private LocalDate today;

    @PostConstruct
    void load() {
        upcoming = meetingService.findUpcoming(UPCOMING_SHOWN);
        latestWithPriorities = editionService.findLatestWithPriorities().orElse(null);
        DashboardFigures figures = completionService.dashboard(ACTIONS_SHOWN);
        byAxis = CompletionRow.of(figures.byAxis(), true);
        byOrganisation = CompletionRow.of(figures.byOrganisation(), false);
        overdue = figures.overdue();
        overdueCount = figures.overdueCount();
        today = figures.today();
        AccountSummary me = accountService.me();
        if (me.getRole() == Role.DELEGATE && me.getOrganisationId() != null) {
            myOrganisationId = me.getOrganisationId();
            myOrganisationAcronym = me.getOrganisationAcronym();
            myOpenActions = figures.ownOpen();
            myOpenCount = figures.ownOpenCount();
        }
    }

    public String getAxisChart() {
        return CompletionChart.json(byAxis, this::statusLabel, locale());
    }

    public String getOrganisationChart() {
        return CompletionChart.json(byOrganisation, this::statusLabel, locale());
    }

    public String getAxisChartHeight() {
        return CompletionChart.height(byAxis);
    }

    public String getOrganisationChartHeight() {
        return CompletionChart.height(byOrganisation);
    }

    private static java.util.Locale locale() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? java.util.Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    private String statusLabel(ActionStatus status) {
        return feedback.text(switch (status) {
            case OPEN -> "actions.status.OPEN";
            case IN_PROGRESS -> "actions.status.IN_PROGRESS";
            case DONE -> "actions.status.DONE";
            case DROPPED -> "actions.status.DROPPED";
        });
    }

    public boolean isOverdue(ActionItem action) {
        return action.isOverdue(today);
    }

    public List<Meeting> getUpcoming() {
        return upcoming;
    }

    public DialogueEdition getLatestWithPriorities() {
        return latestWithPriorities;
    }

    public List<CompletionRow> getByAxis() {
        return byAxis;
    }

    public List<CompletionRow> getByOrganisation() {
        return byOrganisation;
    }

    public List<ActionItem> getOverdue() {
        return overdue;
    }

    public long getOverdueCount() {
        return overdueCount;
    }

    public Long getMyOrganisationId() {
        return myOrganisationId;
    }

    public String getMyOrganisationAcronym() {
        return myOrganisationAcronym;
    }

    public List<ActionItem> getMyOpenActions() {
        return myOpenActions;
    }

    public long getMyOpenCount() {
        return myOpenCount;
    }
}
