package org.dialogue.meetings.web.minutes;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.dialogue.meetings.application.AccountService;
import org.dialogue.meetings.application.AccountSummary;
import org.dialogue.meetings.application.InvitationService;
import org.dialogue.meetings.application.MattersArising;
import org.dialogue.meetings.application.MinutesDraft;
import org.dialogue.meetings.application.MinutesService;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.edition.PriorityAxis;
import org.dialogue.meetings.domain.invitation.MeetingAttendance;
import org.dialogue.meetings.domain.minutes.Answer;
import org.dialogue.meetings.domain.minutes.ApprovalRound;
import org.dialogue.meetings.domain.minutes.Attendance;
import org.dialogue.meetings.domain.minutes.AttendanceStatus;
import org.dialogue.meetings.domain.minutes.Decision;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesChangedException;
import org.dialogue.meetings.domain.minutes.MinutesItem;
import org.dialogue.meetings.domain.minutes.MinutesLanguage;
import org.dialogue.meetings.domain.minutes.MinutesState;
import org.dialogue.meetings.domain.minutes.RoundAnswer;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.shared.BusinessRuleException;
import org.dialogue.meetings.domain.shared.StaleRecordException;
import org.dialogue.meetings.infrastructure.persistence.VersionSummary;
import org.dialogue.meetings.web.support.Feedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The minutes page ({@code minutes/view.xhtml?id=<minutes id>}): one revision of a meeting's minutes as everyone who
 * may read it sees it, the secretariat's form while it is a draft, and the workflow of its approval (circulate,
 * answer, reply, revise, correct).
 *
 * <p>The draft is one form saved as a whole, against the version loaded: when someone else saved meanwhile the
 * service refuses, the reason is shown and everything typed stays in the form. Notes are stored sanitised by the
 * service; the page shows only that stored HTML unescaped.
 */
@Named
@ViewScoped
public class MinutesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DRAFT_FORM = "draftForm";
    static final String CIRCULATE_FORM = "circulateForm";
    static final String REVISE_FORM = "reviseForm";
    static final String CORRECT_FORM = "correctForm";
    static final String COMMENT_FORM = "commentForm";
    static final String REPLY_FORM = "replyForm";
    static final String WORKFLOW_FORM = "workflowForm";
    static final String COMMENT_DIALOG = "commentDialog";
    static final String REPLY_DIALOG = "replyDialog";

    @Inject
    private MinutesService minutesService;

    @Inject
    private AccountService accountService;

    @Inject
    private InvitationService invitationService;

    @Inject
    private Feedback feedback;

    private Long id;
    private Minutes minutes;
    private List<ActionItem> actions = List.of();
    /** Matters arising, read one page at a time: the view holds only the rows its table shows. */
    private final LazyDataModel<ActionItem> mattersArising = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return minutes == null ? 0
                    : Math.toIntExact(minutesService.mattersArising(minutes.getMeeting().getId(), 0, 1).total());
        }

        @Override
        public List<ActionItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (minutes == null) {
                return List.of();
            }
            MattersArising page = minutesService.mattersArising(minutes.getMeeting().getId(), first, pageSize);
            setRowCount(Math.toIntExact(page.total()));
            return page.page();
        }

        @Override
        public String getRowKey(ActionItem action) {
            return String.valueOf(action.getId());
        }
    };
    private List<Minutes> revisions = List.of();
    private List<VersionSummary> versions = List.of();
    private Role role;
    private Long organisationId;

    // What the page showed, which every change is bound to: the version (the secretariat's steps and replies) and the
    // round under way (a delegation's answer: see MinutesService.approve). Kept per view, so per browser tab.
    private long version;
    private int shownRound;
    /** An answer or reply refused because the minutes changed meanwhile, given back on the page that opens again. */
    private UnsentAnswer unsent;

    // The draft form, as typed
    private List<NotesRow> notes = new ArrayList<>();
    private List<AttendanceRow> attendance = new ArrayList<>();
    private List<DecisionRow> decisions = new ArrayList<>();
    private List<ActionRow> actionRows = new ArrayList<>();

    // The dialogs
    private LocalDateTime deadline;
    private String reviseReason;
    private String correctionReason;
    private String commentText;
    private Long commentItemId;
    private Long replyAnswerId;
    private String replyText;
    private MinutesLanguage language;

    /** Loads the minutes the address names; unknown ones and those the reader may not see show "not found". */
    public void load() {
        AccountSummary me = accountService.me();
        role = me.getRole();
        organisationId = me.getOrganisationId();
        minutes = id == null ? null : minutesService.find(id).orElse(null);
        if (minutes == null) {
            return;
        }
        actions = minutesService.actions(id);
        revisions = minutesService.ofMeeting(minutes.getMeeting().getId());
        versions = isSecretariat() ? minutesService.versions(id) : List.of();
        fillForm();
        if (deadline == null) {
            // A week from now, on the venue's clock, to the minute: a proposal the secretariat changes at will.
            deadline = LocalDateTime.now(getZone()).plusDays(7).withSecond(0).withNano(0);
        }
    }

    private void fillForm() {
        version = minutes.getVersion();
        shownRound = minutes.currentRound().map(ApprovalRound::getNumber).orElse(0);
        Object kept = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(UnsentAnswer.FLASH_KEY);
        if (kept instanceof UnsentAnswer answer && Objects.equals(answer.minutesId(), id)) {
            unsent = answer;
            commentText = answer.commentText();
            commentItemId = answer.commentItemId();
            replyAnswerId = answer.replyAnswerId();
            replyText = answer.replyText();
        }
        language = minutes.getLanguage();
        notes = new ArrayList<>(minutes.getItems().stream().map(NotesRow::of).toList());
        attendance = new ArrayList<>(minutes.getAttendance().stream().map(AttendanceRow::of).toList());
        decisions = new ArrayList<>(minutes.getDecisions().stream().map(DecisionRow::of).toList());
        actionRows = new ArrayList<>(actions.stream().map(ActionRow::of).toList());
    }

    // --- the secretariat's draft ---

    public String saveDraft() {
        MinutesDraft draft = new MinutesDraft(
                notes.stream().map(n -> new MinutesDraft.Notes(n.getItemId(), n.getHtml())).toList(),
                attendance.stream().map(a -> new MinutesDraft.AttendanceLine(a.getName(), a.getOrganisationId(),
                        a.getStatus(), a.isUnannounced())).toList(),
                decisions.stream().map(d -> new MinutesDraft.DecisionLine(d.getText(), d.getAgendaItemId(),
                        d.getPriorityAxisId())).toList(),
                actionRows.stream().map(a -> new MinutesDraft.ActionLine(a.getId(), a.getTitle(),
                        a.getOwnerId(), a.getFocalPoint(), a.getDueDate(), a.getDecisionNumber(),
                        a.getPriorityAxisId())).toList(),
                language);
        return transition(DRAFT_FORM, () -> minutesService.saveDraft(id, version, draft), "minutes.saved");
    }

    public void addAttendance() {
        AttendanceRow row = new AttendanceRow();
        row.setStatus(AttendanceStatus.PRESENT);
        row.setUnannounced(true); // someone not on the participant list came
        attendance.add(row);
    }

    /**
     * Fills the form's attendance from the attendance recorded on the day (the meeting page): each recorded person's
     * line takes the recorded status (matched by name and organisation), a recorded person without a line gets one;
     * other lines stay as typed. Nothing is saved until the draft is.
     */
    public void takeRecordedAttendance() {
        List<MeetingAttendance> recorded = invitationService.attendanceOf(minutes.getMeeting().getId());
        for (MeetingAttendance record : recorded) {
            long organisation = record.getPerson().getOrganisation().getId();
            AttendanceRow row = attendance.stream().filter(a -> !a.isUnannounced()
                    && record.getPerson().getName().equalsIgnoreCase(a.getName() == null ? "" : a.getName().strip())
                    && Long.valueOf(organisation).equals(a.getOrganisationId())).findFirst().orElse(null);
            if (row == null) {
                row = new AttendanceRow();
                row.setName(record.getPerson().getName());
                row.setOrganisationId(organisation);
                attendance.add(row);
            }
            row.setStatus(record.getStatus());
        }
        feedback.info(recorded.isEmpty() ? "minutes.attendance.noneRecorded" : "minutes.attendance.taken",
                recorded.size());
    }

    public void removeAttendance(AttendanceRow row) {
        attendance.remove(row);
    }

    public void addDecision() {
        decisions.add(new DecisionRow());
    }

    public void removeDecision(DecisionRow row) {
        decisions.remove(row);
    }

    public void addAction() {
        actionRows.add(new ActionRow());
    }

    public void removeAction(ActionRow row) {
        actionRows.remove(row);
    }

    // --- the workflow ---

    public String circulate() {
        Instant until = deadline == null ? null : deadline.atZone(getZone()).toInstant();
        return transition(CIRCULATE_FORM, () -> minutesService.circulate(id, version, until), "minutes.circulated");
    }

    public String revise() {
        return transition(REVISE_FORM, () -> minutesService.revise(id, version, reviseReason), "minutes.revised");
    }

    public void prepareReply(RoundAnswer answer) {
        replyAnswerId = answer.getId();
        replyText = answer.getReply();
    }

    public String reply() {
        return answer(REPLY_FORM, () -> minutesService.reply(id, version, replyAnswerId, replyText), "minutes.replied",
                new UnsentAnswer(id, REPLY_DIALOG, null, null, replyAnswerId, replyText));
    }

    /** Opens the correction (the next revision) and goes to it. */
    public String correct() {
        return feedback.attempt(CORRECT_FORM, () -> minutesService.correct(id, correctionReason))
                .map(correction -> {
                    feedback.infoAfterRedirect("minutes.correctionOpened", correction.getRevision());
                    return "/minutes/view?faces-redirect=true&id=" + correction.getId();
                }).orElse(null);
    }

    public String approve() {
        return answer(WORKFLOW_FORM, () -> minutesService.approve(id, shownRound), "minutes.approvedByYou", null);
    }

    public String comment() {
        return answer(COMMENT_FORM, () -> minutesService.comment(id, shownRound, commentText, commentItemId),
                "minutes.commented", new UnsentAnswer(id, COMMENT_DIALOG, commentText, commentItemId, null, null));
    }

    /**
     * Records an answer or a reply bound to what the page showed. When the minutes changed since (another round, or
     * another answer or reply saved), nothing was recorded: the page opens again on the minutes as they are now, says
     * why at its top, and gives back what was typed in its dialog, open again where it still can be answered.
     */
    private String answer(String form, Supplier<Minutes> change, String doneKey, UnsentAnswer typed) {
        try {
            change.get();
        } catch (MinutesChangedException changed) {
            feedback.rejectAfterRedirect(changed);
            return reopenWith(typed);
        } catch (StaleRecordException stale) {
            feedback.errorAfterRedirect("minutes.changedSinceOpened");
            return reopenWith(typed);
        } catch (BusinessRuleException refused) {
            feedback.reject(refused, form);
            return null;
        }
        feedback.infoAfterRedirect(doneKey);
        return "/minutes/view?faces-redirect=true&id=" + id;
    }

    private String reopenWith(UnsentAnswer typed) {
        if (typed != null) {
            Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
            flash.put(UnsentAnswer.FLASH_KEY, typed);
        }
        return "/minutes/view?faces-redirect=true&id=" + id;
    }

    public String checkDeadlines() {
        return transition(WORKFLOW_FORM, () -> {
            int closed = minutesService.closeDueRounds();
            feedback.infoAfterRedirect("minutes.deadlinesChecked", closed);
            return minutes;
        }, null);
    }

    /**
     * Runs one change; accepted, the page opens again with the result (so it shows what is stored, at its new
     * version); refused, the reason is shown in the form and what was typed stays.
     */
    private String transition(String form, Supplier<Minutes> change, String doneKey) {
        Optional<Minutes> changed = feedback.attempt(form, change);
        if (changed.isEmpty()) {
            return null;
        }
        if (doneKey != null) {
            feedback.infoAfterRedirect(doneKey);
        }
        return "/minutes/view?faces-redirect=true&id=" + id;
    }

    // --- what the page shows ---

    public boolean isSecretariat() {
        return role == Role.SECRETARIAT;
    }

    public boolean isDelegate() {
        return role == Role.DELEGATE;
    }

    /** The secretariat edits a draft; everyone else (and everyone once circulated) reads. */
    public boolean isEditing() {
        return minutes != null && isSecretariat() && minutes.getState() == MinutesState.DRAFT;
    }

    public boolean isCanCirculate() {
        return isEditing();
    }

    public boolean isCanRevise() {
        return minutes != null && isSecretariat() && minutes.getState() == MinutesState.CIRCULATED;
    }

    /** Only the newest revision, once approved, is corrected. */
    public boolean isCanCorrect() {
        return minutes != null && isSecretariat() && minutes.getState() == MinutesState.APPROVED
                && !revisions.isEmpty() && Objects.equals(revisions.get(0).getId(), minutes.getId());
    }

    public boolean isCanReply() {
        return minutes != null && isSecretariat() && !minutes.getState().isFrozen();
    }

    /** The caller's organisation's answer still to give in the round under way, if the caller is its delegate. */
    public RoundAnswer getMyPendingAnswer() {
        if (minutes == null || !isDelegate() || organisationId == null
                || minutes.getState() != MinutesState.CIRCULATED) {
            return null;
        }
        return minutes.currentRound().filter(ApprovalRound::isOpen).stream()
                .flatMap(r -> r.getAnswers().stream())
                .filter(a -> a.getOrganisation().getId().equals(organisationId) && a.getAnswer() == Answer.PENDING)
                .findFirst().orElse(null);
    }

    public boolean isCanAnswer() {
        return getMyPendingAnswer() != null;
    }

    /** The round whose text the page shows (0 before the first circulation). */
    public int getShownRound() {
        return shownRound;
    }

    /** The dialog to show open as the page loads: the one whose answer was refused, while it can still be sent. */
    public String getReopenDialog() {
        if (unsent == null) {
            return null;
        }
        boolean canSend = COMMENT_DIALOG.equals(unsent.dialog()) ? isCanAnswer() : isCanReply();
        return canSend ? unsent.dialog() : null;
    }

    /** A refused text that can no longer be sent here (the round was withdrawn): shown so that nothing typed is lost. */
    public String getUnsentText() {
        if (unsent == null || getReopenDialog() != null) {
            return null;
        }
        return COMMENT_DIALOG.equals(unsent.dialog()) ? unsent.commentText() : unsent.replyText();
    }

    public ZoneId getZone() {
        return minutes == null ? ZoneId.of("UTC") : minutes.getMeeting().getTimeZone();
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public MinutesLanguage getLanguage() {
        return language;
    }

    public void setLanguage(MinutesLanguage language) {
        this.language = language;
    }

    public MinutesLanguage[] getLanguages() {
        return MinutesLanguage.values();
    }

    /** The attendance grouped by organisation, organisations in the order they first appear. */
    public List<AttendanceGroup> getAttendanceByOrganisation() {
        Map<Organisation, List<Attendance>> groups = new LinkedHashMap<>();
        if (minutes != null) {
            minutes.getAttendance().stream()
                    .sorted(java.util.Comparator.comparing(a -> a.getOrganisation().getAcronym()))
                    .forEach(a -> groups.computeIfAbsent(a.getOrganisation(), o -> new ArrayList<>()).add(a));
        }
        return groups.entrySet().stream().map(e -> new AttendanceGroup(e.getKey(), e.getValue())).toList();
    }

    /** The title of the minutes item for an agenda item id, or null. */
    public String itemTitle(Long agendaItemId) {
        if (minutes == null || agendaItemId == null) {
            return null;
        }
        return minutes.getItems().stream().filter(i -> agendaItemId.equals(i.getAgendaItemId()))
                .map(MinutesItem::getTitle).findFirst().orElse(null);
    }

    /** The rounds, the newest first. */
    public List<ApprovalRound> getRoundsNewestFirst() {
        if (minutes == null) {
            return List.of();
        }
        List<ApprovalRound> rounds = new ArrayList<>(minutes.getRounds());
        java.util.Collections.reverse(rounds);
        return rounds;
    }

    public List<PriorityAxis> getAxes() {
        return minutes == null || minutes.getMeeting().getEdition() == null ? List.of()
                : minutes.getMeeting().getEdition().getPriorityAxes();
    }

    public List<MinutesItem> getItems() {
        return minutes == null ? List.of() : minutes.getItems();
    }

    public AttendanceStatus[] getAttendanceStatuses() {
        return AttendanceStatus.values();
    }

    public List<ActionItem> getActions() {
        return actions;
    }

    public LazyDataModel<ActionItem> getMattersArising() {
        return mattersArising;
    }

    public List<Minutes> getRevisions() {
        return revisions;
    }

    public List<VersionSummary> getVersions() {
        return versions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public List<NotesRow> getNotes() {
        return notes;
    }

    public List<AttendanceRow> getAttendance() {
        return attendance;
    }

    public List<DecisionRow> getDecisions() {
        return decisions;
    }

    public List<ActionRow> getActionRows() {
        return actionRows;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public String getReviseReason() {
        return reviseReason;
    }

    public void setReviseReason(String reviseReason) {
        this.reviseReason = reviseReason;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    public Long getCommentItemId() {
        return commentItemId;
    }

    public void setCommentItemId(Long commentItemId) {
        this.commentItemId = commentItemId;
    }

    public Long getReplyAnswerId() {
        return replyAnswerId;
    }

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }

    // --- rows of the draft form ---

    /** The attendance of one organisation, for the read-only view. */
    public record AttendanceGroup(Organisation organisation, List<Attendance> people) implements Serializable {
        public Collection<Attendance> getPeople() {
            return people;
        }

        public Organisation getOrganisation() {
            return organisation;
        }
    }

    /** One item's notes in the text editor. */
    public static class NotesRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private long itemId;
        private String title;
        private String html;

        static NotesRow of(MinutesItem item) {
            NotesRow row = new NotesRow();
            row.itemId = item.getId();
            row.title = item.getTitle();
            row.html = item.getNotesHtml();
            return row;
        }

        public long getItemId() {
            return itemId;
        }

        public String getTitle() {
            return title;
        }

        public String getHtml() {
            return html;
        }

        public void setHtml(String html) {
            this.html = html;
        }
    }

    public static class AttendanceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private Long organisationId;
        private AttendanceStatus status;
        private boolean unannounced;

        static AttendanceRow of(Attendance a) {
            AttendanceRow row = new AttendanceRow();
            row.name = a.getName();
            row.organisationId = a.getOrganisation().getId();
            row.status = a.getStatus();
            row.unannounced = a.isUnannounced();
            return row;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Long getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(Long organisationId) {
            this.organisationId = organisationId;
        }

        public AttendanceStatus getStatus() {
            return status;
        }

        public void setStatus(AttendanceStatus status) {
            this.status = status;
        }

        public boolean isUnannounced() {
            return unannounced;
        }

        public void setUnannounced(boolean unannounced) {
            this.unannounced = unannounced;
        }
    }

    public static class DecisionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private Long agendaItemId;
        private Long priorityAxisId;

        static DecisionRow of(Decision d) {
            DecisionRow row = new DecisionRow();
            row.text = d.getText();
            row.agendaItemId = d.getAgendaItemId();
            row.priorityAxisId = d.getPriorityAxis() == null ? null : d.getPriorityAxis().getId();
            return row;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Long getAgendaItemId() {
            return agendaItemId;
        }

        public void setAgendaItemId(Long agendaItemId) {
            this.agendaItemId = agendaItemId;
        }

        public Long getPriorityAxisId() {
            return priorityAxisId;
        }

        public void setPriorityAxisId(Long priorityAxisId) {
            this.priorityAxisId = priorityAxisId;
        }
    }

    public static class ActionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String title;
        private Long ownerId;
        private String focalPoint;
        private LocalDate dueDate;
        private Integer decisionNumber;
        private Long priorityAxisId;

        static ActionRow of(ActionItem a) {
            ActionRow row = new ActionRow();
            row.id = a.getId();
            row.title = a.getTitle();
            row.ownerId = a.getOwner() == null ? null : a.getOwner().getId();
            row.focalPoint = a.getFocalPoint();
            row.dueDate = a.getDueDate();
            row.decisionNumber = a.getDecisionNumber();
            row.priorityAxisId = a.getPriorityAxis() == null ? null : a.getPriorityAxis().getId();
            return row;
        }

        public Long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Long getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(Long ownerId) {
            this.ownerId = ownerId;
        }

        public String getFocalPoint() {
            return focalPoint;
        }

        public void setFocalPoint(String focalPoint) {
            this.focalPoint = focalPoint;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        public Integer getDecisionNumber() {
            return decisionNumber;
        }

        public void setDecisionNumber(Integer decisionNumber) {
            this.decisionNumber = decisionNumber;
        }

        public Long getPriorityAxisId() {
            return priorityAxisId;
        }

        public void setPriorityAxisId(Long priorityAxisId) {
            this.priorityAxisId = priorityAxisId;
        }
    }

    /** What was typed in an answer's or reply's dialog, carried to the page that opens again after a refusal. */
    record UnsentAnswer(Long minutesId, String dialog, String commentText, Long commentItemId, Long replyAnswerId,
            String replyText) implements Serializable {
        static final String FLASH_KEY = "minutes.unsentAnswer";
    }
}
