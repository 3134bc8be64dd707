package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dialogue.meetings.application.deadline.DeadlineCheck;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.edition.PriorityAxis;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.Participant;
import org.dialogue.meetings.domain.minutes.ApprovalRoundEnded;
import org.dialogue.meetings.domain.minutes.ApprovalRoundStarted;
import org.dialogue.meetings.domain.minutes.ApprovalSignature;
import org.dialogue.meetings.domain.minutes.Attendance;
import org.dialogue.meetings.domain.minutes.AttendanceStatus;
import org.dialogue.meetings.domain.minutes.Decision;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesLanguage;
import org.dialogue.meetings.domain.minutes.MinutesRuleException;
import org.dialogue.meetings.domain.minutes.MinutesVersion;
import org.dialogue.meetings.domain.minutes.RoundOutcome;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.domain.shared.StaleRecordException;
import org.dialogue.meetings.infrastructure.persistence.ActionRepository;
import org.dialogue.meetings.infrastructure.persistence.InvitationRepository;
import org.dialogue.meetings.infrastructure.persistence.MeetingRepository;
import org.dialogue.meetings.infrastructure.persistence.MinutesRepository;
import org.dialogue.meetings.infrastructure.persistence.MinutesTranslationRepository;
import org.dialogue.meetings.infrastructure.persistence.OrganisationRepository;
import org.dialogue.meetings.infrastructure.persistence.SearchIndex;
import org.dialogue.meetings.infrastructure.persistence.VersionSummary;
import org.dialogue.meetings.infrastructure.text.RichText;
import org.dialogue.meetings.infrastructure.text.SearchWords;

/**
 * Minutes and their approval by the delegations (see {@link Minutes} for the workflow).
 *
 * <p>Who does what: the secretariat opens, edits, circulates, revises and corrects minutes and replies to comments;
 * a delegate answers for their own organisation, once per round. Everyone reads the minutes of the meetings they may
 * see, once the minutes have been circulated (the secretariat reads drafts too); minutes a reader may not see answer
 * like minutes that do not exist. Approved minutes are frozen: every changing method refuses them, whatever the
 * caller. Every step is in the audit trail, with its reason where it has one.
 */
@Stateless
@Interceptors(CallerAccountCheck.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class MinutesService {

    private static final String RECORD = MinutesApproval.RECORD;
    /** Matters arising come from this many earlier meetings of the series at most, the most recent. */
    static final int RELATED_MEETINGS = 25;

    @Inject
    private MinutesRepository minutes;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private ActionRepository actions;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private InvitationRepository invitations;

    @Inject
    private MinutesTranslationRepository translations;

    @Inject
    private InputValidation validation;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private MinutesApproval approval;

    @Inject
    private Event<ApprovalRoundStarted> roundStarted;

    @Inject
    private Event<ApprovalRoundEnded> roundEnded;

    @Inject
    private Clock clock;

    @EJB
    private DeadlineCheck deadlines;

    @Inject
    private SearchIndex searchIndex;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    // --- reading ---

    /** One revision of minutes, with everything its page shows, if the caller may read it. */
    public Optional<Minutes> find(long minutesId) {
        Reader reader = callers.reader(context);
        return minutes.find(minutesId).filter(m -> readable(m, reader)).map(MinutesService::loaded);
    }

    /** The revisions of a meeting's minutes the caller may read, the newest first. */
    public List<Minutes> ofMeeting(long meetingId) {
        Reader reader = callers.reader(context);
        return minutes.revisions(meetingId).stream().filter(m -> readable(m, reader))
                .map(MinutesService::loaded).toList();
    }

    /** The actions written in these minutes, in order. */
    public List<ActionItem> actions(long minutesId) {
        Minutes found = readable(minutesId);
        return actions.ofMinutes(found.getId());
    }

    /**
     * Matters arising: the actions still open from earlier meetings of the same edition (a Dialogue session) or with
     * the same co-organisers (a joint operational meeting), that the caller may see; from the
     * {@value #RELATED_MEETINGS} most recent of those meetings (older ones' open actions are on the actions page).
     * One page of them, soonest due first, and how many there are: a page holds only the rows it shows, however many
     * a long series of meetings left open.
     */
    public MattersArising mattersArising(long meetingId, int first, int max) {
        Reader reader = callers.reader(context);
        Meeting meeting = meetings.find(meetingId).filter(m -> m.isVisibleTo(reader))
                .orElseThrow(() -> new RecordNotFoundException("Meeting", meetingId));
        List<Long> related = meetings.earlierRelated(meeting, RELATED_MEETINGS);
        LocalDate today = LocalDate.now(clock);
        long total = actions.countPendingFrom(reader, related, today);
        List<ActionItem> page = total == 0 ? List.of() : actions.pendingFrom(reader, related, today, first, max);
        return new MattersArising(page, total);
    }

    /**
     * The canonical text (see {@link CanonicalMinutes}): for approved minutes exactly the text that was hashed, for a
     * draft the text as it stands.
     */
    public String canonicalText(long minutesId) {
        Minutes found = readable(minutesId);
        return found.getState().isFrozen() ? found.getApprovedText()
                : CanonicalMinutes.of(found, actions.ofMinutes(found.getId()));
    }

    /**
     * The application's signature of approved minutes' canonical text, with the id of its key; empty for minutes not
     * approved, and for minutes approved before approvals were signed.
     */
    public Optional<ApprovalSignature> signature(long minutesId) {
        return readable(minutesId).getApprovalSignature();
    }

    /**
     * The minutes as a PDF (see {@link MinutesPdf}), for whoever may read them: minutes a reader may not see answer
     * like minutes that do not exist. Drafts and circulated minutes carry the DRAFT mark. Headings and labels are in
     * the given language (en, fr, es or ar, Arabic right to left; null or any other gives English); the minutes' own
     * text is printed as written. The approved hash covers the canonical text, so every language prints the same hash.
     */
    public byte[] pdf(long minutesId, Locale language) {
        Minutes found = loaded(readable(minutesId));
        return MinutesPdf.render(found, actions.ofMinutes(found.getId()), clock.instant(), MinutesPdf.language(language));
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public List<VersionSummary> versions(long minutesId) {
        return minutes.versions(readable(minutesId).getId());
    }

    /** Two saved versions side by side, line by line, with the changes marked. */
    @RolesAllowed(Roles.SECRETARIAT)
    public VersionComparison compare(long minutesId, int olderNumber, int newerNumber) {
        Minutes found = readable(minutesId);
        MinutesVersion older = minutes.version(found.getId(), olderNumber)
                .orElseThrow(() -> new RecordNotFoundException("MinutesVersion", olderNumber));
        MinutesVersion newer = minutes.version(found.getId(), newerNumber)
                .orElseThrow(() -> new RecordNotFoundException("MinutesVersion", newerNumber));
        return VersionComparison.of(older, newer);
    }

    // --- the secretariat writes ---

    /**
     * Opens the minutes of a meeting: one item per agenda item, the participants as attendance, each with the
     * attendance recorded for them on the day (see {@link InvitationService#recordAttendance}), else present.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Minutes open(long meetingId) {
        return open(meetingId, MinutesLanguage.EN);
    }

    /**
     * Opens the minutes of a meeting (as {@link #open(long)}), written in {@code language}: the secretariat chooses it
     * when it opens them, and may change it while they are a draft ({@link #changeLanguage}).
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Minutes open(long meetingId, MinutesLanguage language) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> new RecordNotFoundException("Meeting", meetingId));
        if (!minutes.revisions(meetingId).isEmpty()) {
            throw MinutesRuleException.alreadyOpened(meeting.getTitle());
        }
        Instant now = clock.instant();
        Map<Long, AttendanceStatus> recorded = new HashMap<>(); // attendance recorded on the day, by person
        invitations.attendanceOf(meetingId).forEach(a -> recorded.put(a.getPerson().getId(), a.getStatus()));
        Minutes opened = Minutes.open(meeting, Callers.name(context), now, recorded);
        opened.writeIn(language, List.of());
        minutes.add(opened);
        OptimisticLocking.flush(em, RECORD, null, opened);
        // No saved version yet: the versions list what the secretariat saved, the first save is version 1.
        audit.created(Callers.name(context), RECORD, opened.getId(), opened.auditFields());
        return loaded(opened);
    }

    /**
     * Saves the whole draft, its language included. Refused, with nothing saved, when someone else saved since {@code expectedVersion} was
     * loaded, or when the minutes are no longer a draft (circulated or frozen). Each save is kept as a version.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Minutes saveDraft(long minutesId, long expectedVersion, MinutesDraft draft) {
        Minutes saved = change(minutesId, expectedVersion, AuditAction.UPDATE, null, m -> {
            m.requireDraft();
            if (draft.language() != null && draft.language() != m.getLanguage()) {
                m.writeIn(draft.language(), translations.languagesOf(m.getId()));
            }
            m.followAgenda(m.getMeeting().getAgenda());
            for (MinutesDraft.Notes notes : draft.notes()) {
                String safe = RichText.sanitise(notes.html());
                m.writeNotes(notes.itemId(), safe, SearchWords.fold(RichText.plainText(safe)));
            }
            m.recordAttendance(draft.attendance().stream().map(this::attendance).toList());
            m.recordDecisions(draft.decisions().stream().map(d -> decision(m, d)).toList());
            writeActions(m, draft.actions());
            m.saved(Callers.name(context), clock.instant());
        });
        keepVersion(saved, saved.getSavedAt());
        searchIndex.reindex(saved);
        return saved;
    }

    /**
     * Changes the language the minutes are written in: only while they are a draft (refused once circulated or
     * frozen), and not to a language they already have a translation into. Refused, with nothing saved, when someone
     * else saved since {@code expectedVersion}. The canonical text names the language (see {@link CanonicalMinutes}).
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Minutes changeLanguage(long minutesId, long expectedVersion, MinutesLanguage language) {
        return change(minutesId, expectedVersion, AuditAction.UPDATE, "language: " + language,
                m -> m.writeIn(language, translations.languagesOf(m.getId())));
    }

    /** Circulates the draft to every organisation taking part, to answer before the deadline. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Minutes circulate(long minutesId, long expectedVersion, Instant deadline) {
        Minutes circulated = change(minutesId, expectedVersion, AuditAction.STATE_CHANGE,
                "circulated until " + deadline,
                m -> m.circulate(takingPart(m.getMeeting()), deadline, Callers.name(context), clock.instant()));
        roundStarted.fire(new ApprovalRoundStarted(minutesId, circulated.currentRound().orElseThrow().getNumber()));
        return circulated;
    }

    /** Withdraws circulated minutes to revise them after comments: the round ends, the draft opens again. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Minutes revise(long minutesId, long expectedVersion, String reason) {
        Minutes revised = change(minutesId, expectedVersion, AuditAction.STATE_CHANGE, reason,
                m -> m.revise(reason, clock.instant()));
        roundEnded.fire(new ApprovalRoundEnded(minutesId, revised.currentRound().orElseThrow().getNumber(),
                RoundOutcome.REVISED));
        return revised;
    }

    /**
     * The secretariat replies to a comment, on the minutes as its page showed them ({@code expectedVersion}): a reply
     * written while another was saved, or another answer came in, is refused and kept in the form.
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Minutes reply(long minutesId, long expectedVersion, long answerId, String text) {
        return change(minutesId, expectedVersion, AuditAction.UPDATE, "reply to answer " + answerId + ": " + text,
                m -> m.reply(answerId, text, Callers.name(context), clock.instant()));
    }

    /** Opens a correction of approved minutes: the next revision, a draft with the same content and actions. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Minutes correct(long minutesId, String reason) {
        Minutes approved = readable(minutesId);
        List<Minutes> revisions = minutes.revisions(approved.getMeeting().getId());
        if (revisions.get(0).getId().longValue() != approved.getId()) {
            throw MinutesRuleException.notLatestApproved();
        }
        Instant now = clock.instant();
        Minutes correction = approved.correct(reason, Callers.name(context), now);
        minutes.add(correction);
        OptimisticLocking.flush(em, RECORD, null, correction);
        for (ActionItem action : actions.ofMinutes(approved.getId())) {
            ActionItem copy = new ActionItem(correction);
            copy.describe(action.getPosition(), action.getTitle(), action.getOwner(), action.getFocalPoint(),
                    action.getDueDate(), action.getDecisionNumber(), action.getPriorityAxis(),
                    action.getSearchText());
            if (action.getStatus() != copy.getStatus()) {
                copy.updateStatus(action.getStatus(), "carried over from revision " + approved.getRevision(),
                        Callers.name(context), now);
            }
            actions.add(copy);
        }
        searchIndex.reindex(correction);
        audit.created(Callers.name(context), RECORD, correction.getId(), correction.auditFields());
        audit.record(Callers.name(context), AuditAction.STATE_CHANGE, RECORD, approved.getId(),
                "correction opened: revision " + correction.getRevision() + "\nwhy: " + reason);
        return loaded(correction);
    }

    /** Closes every round whose deadline has passed now, as the periodic check does. Returns how many it closed. */
    @RolesAllowed(Roles.SECRETARIAT)
    public int closeDueRounds() {
        return deadlines.closeDueRounds(Callers.name(context));
    }

    // --- the delegations answer ---

    /**
     * The caller's organisation approves the text circulated in {@code shownRound}, the round its page showed; approves
     * the minutes if it was the last one. A later round (a revised text) refuses it: nothing is recorded.
     *
     * <p>Bound to the round rather than the version: other delegations' answers move the version, not the text.
     */
    @RolesAllowed(Roles.DELEGATE)
    public Minutes approve(long minutesId, int shownRound) {
        return approveOn(minutesId, shownRound, null);
    }

    /**
     * As {@link #approve(long, int)}, and bound to the version read as well (the API's {@code If-Match}): refused with
     * {@link StaleRecordException}, nothing recorded, when the minutes moved past {@code expectedVersion}, compared
     * in this transaction (an answer saved meanwhile by another one is refused at the write by the version column).
     */
    @RolesAllowed(Roles.DELEGATE)
    public Minutes approve(long minutesId, int shownRound, long expectedVersion) {
        return approveOn(minutesId, shownRound, expectedVersion);
    }

    /**
     * The caller's organisation comments instead of approving, optionally on one agenda item, on the text circulated in
     * {@code shownRound} (bound as {@link #approve} is).
     */
    @RolesAllowed(Roles.DELEGATE)
    public Minutes comment(long minutesId, int shownRound, String text, Long agendaItemId) {
        return commentOn(minutesId, shownRound, text, agendaItemId, null);
    }

    /**
     * As {@link #comment(long, int, String, Long)}, and bound to the version read as well, as
     * {@link #approve(long, int, long)} is.
     */
    @RolesAllowed(Roles.DELEGATE)
    public Minutes comment(long minutesId, int shownRound, String text, Long agendaItemId, long expectedVersion) {
        return commentOn(minutesId, shownRound, text, agendaItemId, expectedVersion);
    }

    /** An approval on the round shown, and on the version read when one is given (null: the round alone). */
    private Minutes approveOn(long minutesId, int shownRound, Long expectedVersion) {
        UserAccount me = callers.account(context);
        return answer(minutesId, expectedVersion, m -> {
            Instant now = clock.instant();
            Map<String, String> before = m.auditFields();
            if (m.approve(me.getOrganisation(), shownRound, me.getUsername(), now)) {
                approval.freeze(m, before, me.getUsername(), "every organisation approved", now);
            }
        }, "approved for " + organisationName(me));
    }

    private Minutes commentOn(long minutesId, int shownRound, String text, Long agendaItemId,
            Long expectedVersion) {
        UserAccount me = callers.account(context);
        return answer(minutesId, expectedVersion,
                m -> m.comment(me.getOrganisation(), shownRound, text, agendaItemId, me.getUsername(),
                        clock.instant()),
                "commented for " + organisationName(me) + ": " + text);
    }

    /** A delegation's answer: on the version read if given, else on the version as it is now (the round binds it). */
    private Minutes answer(long minutesId, Long expectedVersion, Consumer<Minutes> answer, String note) {
        long version = expectedVersion != null ? expectedVersion : readable(minutesId).getVersion();
        return change(minutesId, version, AuditAction.STATE_CHANGE, null, answer, note);
    }

    // --- helpers ---

    private Minutes change(long id, long expectedVersion, AuditAction action, String why, Consumer<Minutes> change) {
        return change(id, expectedVersion, action, why, change, null);
    }

    /** Loads the version the editor saw, applies the change, saves it (moving the version) and records it. */
    private Minutes change(long id, long expectedVersion, AuditAction action, String why, Consumer<Minutes> change,
            String note) {
        Minutes found = minutes.find(id).filter(m -> readable(m, callers.reader(context)))
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        OptimisticLocking.requireUnchanged(RECORD, id, found.getVersion(), expectedVersion);
        Map<String, String> before = found.auditFields();
        change.accept(found);
        validation.check(found);
        em.lock(found, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        OptimisticLocking.flush(em, RECORD, id, found);
        String reason = why != null ? why : note;
        audit.changed(Callers.name(context), action, RECORD, id, before, found.auditFields(), reason);
        return loaded(found);
    }

    private void keepVersion(Minutes draft, Instant at) {
        int number = minutes.lastVersionNumber(draft.getId()) + 1;
        String text = CanonicalMinutes.of(draft, actions.ofMinutes(draft.getId()));
        minutes.addVersion(new MinutesVersion(draft.getId(), number, at, Callers.name(context), text));
    }

    /** Adds, rewrites and removes the draft's actions; an action that stays keeps its id, status and history. */
    private void writeActions(Minutes draft, List<MinutesDraft.ActionLine> lines) {
        Map<Long, ActionItem> existing = new HashMap<>();
        actions.ofMinutes(draft.getId()).forEach(a -> existing.put(a.getId(), a));
        int position = 0;
        for (MinutesDraft.ActionLine line : lines) {
            ActionItem action = line.id() == null ? null : existing.remove(line.id());
            boolean isNew = action == null;
            if (isNew) {
                action = new ActionItem(draft);
            }
            action.describe(position++, line.title(), line.ownerId() == null ? null : organisation(line.ownerId()),
                    line.focalPoint(), line.dueDate(), line.decisionNumber(), axis(draft, line.priorityAxisId()),
                    SearchWords.fold(line.title() + " " + Objects.toString(line.focalPoint(), "")));
            validation.check(action); // before persist: a new action is validated when it is persisted
            if (isNew) {
                actions.add(action);
            }
        }
        existing.values().forEach(actions::remove);
    }

    private Attendance attendance(MinutesDraft.AttendanceLine line) {
        if (line.organisationId() == null) {
            throw new MissingFieldException("organisation");
        }
        return new Attendance(line.name(), organisation(line.organisationId()), line.status(), line.unannounced());
    }

    private Decision decision(Minutes draft, MinutesDraft.DecisionLine line) {
        return new Decision(line.text(), line.agendaItemId(), axis(draft, line.priorityAxisId()),
                SearchWords.fold(line.text()));
    }

    /** A priority axis of the meeting's edition: minutes refer only to the axes their edition set. */
    private PriorityAxis axis(Minutes draft, Long axisId) {
        if (axisId == null) {
            return null;
        }
        var edition = draft.getMeeting().getEdition();
        return edition == null ? null : edition.getPriorityAxes().stream()
                .filter(a -> a.getId().equals(axisId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("PriorityAxis", axisId));
    }

    private Organisation organisation(long id) {
        return organisations.find(id).orElseThrow(() -> new RecordNotFoundException("Organisation", id));
    }

    /** The organisations that answer in a round: the co-organisers and the organisations of the participants. */
    static List<Organisation> takingPart(Meeting meeting) {
        Set<Organisation> answering = new LinkedHashSet<>(meeting.getCoOrganisers());
        meeting.getParticipants().stream().map(Participant::getOrganisation).forEach(answering::add);
        return answering.stream().sorted(java.util.Comparator.comparing(Organisation::getAcronym)).toList();
    }

    private static String organisationName(UserAccount account) {
        return account.getOrganisation() == null ? "-" : account.getOrganisation().getAcronym();
    }

    private Minutes readable(long minutesId) {
        return minutes.find(minutesId).filter(m -> readable(m, callers.reader(context)))
                .orElseThrow(() -> new RecordNotFoundException(RECORD, minutesId));
    }

    /** Need-to-know: the meeting's rule, and for everyone but the secretariat only minutes already circulated. */
    static boolean readable(Minutes m, Reader reader) {
        return m.getMeeting().isVisibleTo(reader) && (reader.readsEveryMeeting() || m.isSharedWithDelegations());
    }

    private static Minutes loaded(Minutes m) {
        m.getItems().size();
        m.getAttendance().size();
        m.getDecisions().size();
        m.getRounds().forEach(r -> r.getAnswers().size());
        m.getMeeting().getAgenda().size();
        m.getMeeting().getParticipants().size();
        m.getMeeting().getCoOrganisers().size();
        if (m.getMeeting().getEdition() != null) {
            m.getMeeting().getEdition().getPriorityAxes().size();
        }
        return m;
    }
}
