package org.dialogue.meetings.domain.minutes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dialogue.meetings.domain.meeting.AgendaItem;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.CacheCoordinationType;

/**
 * The minutes of a meeting, in one revision. Revision 1 is opened by the secretariat from the meeting's agenda and
 * participants; a correction of approved minutes is the next revision, with its reason.
 *
 * <p>The workflow: the secretariat edits the draft, then circulates it to every organisation taking part with a
 * deadline (a numbered round). Each organisation answers once: approve or comment. The minutes are approved when every
 * organisation approved, or when the deadline passed without objection (silence procedure). After comments the
 * secretariat revises the draft and circulates it again in the next round. Approved minutes are frozen: their
 * canonical text, its SHA-256 and the application's signature of it are written once, and every changing method
 * refuses.
 */
@Entity
@Table(name = "minutes")
// New ones are sent to the other instances too (by default only changes are), so that their dashboards count
// them (ActionFiguresChanges).
@Cache(coordinationType = CacheCoordinationType.SEND_NEW_OBJECTS_WITH_CHANGES)
public class Minutes implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false)
    private int revision;

    @Column(name = "correction_reason", length = 2000)
    private String correctionReason;

    /** The language the minutes are written in, as its code (see {@link MinutesLanguage}). */
    @Column(name = "language", nullable = false, length = 2)
    private String language = MinutesLanguage.EN.getCode();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MinutesState state = MinutesState.DRAFT;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 60)
    private String openedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false, length = 60)
    private String savedBy;

    /**
     * When the delegations first received these minutes (their first circulation; a correction inherits it from the
     * minutes it corrects). Until then only the secretariat reads them.
     */
    @Column(name = "shared_at")
    private Instant sharedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    /** The canonical text as approved: what the hash covers, kept byte for byte. */
    @Column(name = "approved_text", length = 1_000_000)
    private String approvedText;

    @Column(name = "approved_sha256", length = 64)
    private String approvedSha256;

    /** Null for minutes approved before approvals were signed (they keep their SHA-256 only). */
    @Embedded
    private ApprovalSignature approvalSignature;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Valid
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "minutes_id")
    @OrderColumn(name = "position")
    private List<MinutesItem> items = new ArrayList<>();

    @Valid
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "minutes_id")
    @OrderColumn(name = "position")
    private List<Attendance> attendance = new ArrayList<>();

    @Valid
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "minutes_id")
    @OrderColumn(name = "position")
    private List<Decision> decisions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "minutes_id")
    @OrderBy("number")
    private List<ApprovalRound> rounds = new ArrayList<>();

    protected Minutes() {
        // for JPA
    }

    /** The first revision: one item per agenda item, everyone on the participant list present until told otherwise. */
    public static Minutes open(Meeting meeting, String by, Instant at) {
        return open(meeting, by, at, Map.of());
    }

    /**
     * The first revision: one item per agenda item, and the participant list as attendance, each participant with
     * the attendance the secretariat recorded for their person on the day ({@code recorded}: person id to status),
     * present where none was recorded.
     */
    public static Minutes open(Meeting meeting, String by, Instant at, Map<Long, AttendanceStatus> recorded) {
        if (meeting.isCancelled()) {
            throw MinutesRuleException.meetingCancelled(meeting.getTitle());
        }
        Minutes minutes = new Minutes(meeting, 1, null, by, at);
        minutes.followAgenda(meeting.getAgenda());
        meeting.getParticipants().forEach(p -> minutes.attendance.add(new Attendance(p.getName(),
                p.getOrganisation(), p.getPerson() == null ? AttendanceStatus.PRESENT
                        : recorded.getOrDefault(p.getPerson().getId(), AttendanceStatus.PRESENT), false)));
        return minutes;
    }

    private Minutes(Meeting meeting, int revision, String correctionReason, String by, Instant at) {
        this.meeting = meeting;
        this.revision = revision;
        this.correctionReason = correctionReason;
        this.openedBy = by;
        this.openedAt = at;
        this.savedBy = by;
        this.savedAt = at;
    }

    /** A correction: the next revision, a draft with the same content, for the same meeting. */
    public Minutes correct(String reason, String by, Instant at) {
        if (state != MinutesState.APPROVED) {
            throw MinutesRuleException.notLatestApproved();
        }
        if (reason == null || reason.isBlank()) {
            throw MinutesRuleException.reasonRequired();
        }
        Minutes correction = new Minutes(meeting, revision + 1, reason.strip(), by, at);
        correction.sharedAt = sharedAt;
        correction.language = language;
        items.forEach(i -> correction.items.add(i.copy()));
        attendance.forEach(a -> correction.attendance.add(a.copy()));
        decisions.forEach(d -> correction.decisions.add(d.copy()));
        return correction;
    }

    // --- the draft ---

    /**
     * Lines the items up with the meeting's agenda as it is now: notes stay with their agenda item, items added to the
     * agenda appear, and an item removed from the agenda stays (at the end) only if it has notes, so nothing written
     * is lost.
     */
    public void followAgenda(List<AgendaItem> agenda) {
        requireDraft();
        Map<Long, MinutesItem> byAgendaItem = new LinkedHashMap<>();
        items.forEach(i -> byAgendaItem.put(i.getAgendaItemId(), i));
        List<MinutesItem> followed = new ArrayList<>();
        for (AgendaItem agendaItem : agenda) {
            MinutesItem item = byAgendaItem.remove(agendaItem.getId());
            followed.add(item != null ? item : new MinutesItem(agendaItem.getId(), agendaItem.getTitle()));
        }
        byAgendaItem.values().stream().filter(i -> i.getNotesHtml() != null && !i.getNotesHtml().isBlank())
                .forEach(followed::add);
        items.clear();
        items.addAll(followed);
    }

    /** Writes an item's notes, already sanitised, with their plain words for search. */
    public void writeNotes(long itemId, String sanitisedHtml, String searchText) {
        requireDraft();
        if (sanitisedHtml != null && sanitisedHtml.length() > MinutesItem.MAX_NOTES) {
            throw MinutesRuleException.notesTooLong(item(itemId).getTitle(), MinutesItem.MAX_NOTES);
        }
        item(itemId).write(sanitisedHtml, searchText);
    }

    /**
     * Sets the language the minutes are written in: only while they can be edited (a draft), and not to a language
     * they already have a translation into ({@code translated}): that translation would then translate the minutes
     * into their own language.
     */
    public void writeIn(MinutesLanguage newLanguage, Collection<MinutesLanguage> translated) {
        requireDraft();
        if (newLanguage == null) {
            throw TranslationRuleException.languageRequired();
        }
        if (newLanguage != getLanguage() && translated.contains(newLanguage)) {
            throw TranslationRuleException.translationInNewLanguage(newLanguage);
        }
        this.language = newLanguage.getCode();
    }

    public void recordAttendance(Collection<Attendance> lines) {
        requireDraft();
        attendance.clear();
        attendance.addAll(lines);
    }

    public void recordDecisions(Collection<Decision> lines) {
        requireDraft();
        decisions.clear();
        decisions.addAll(lines);
    }

    public void saved(String by, Instant at) {
        requireDraft();
        this.savedBy = by;
        this.savedAt = at;
    }

    // --- approval ---

    /** Sends the draft to every organisation taking part, in the next round, to answer before the deadline. */
    public ApprovalRound circulate(Collection<Organisation> answering, Instant deadline, String by, Instant now) {
        requireDraft();
        if (deadline == null || !deadline.isAfter(now)) {
            throw MinutesRuleException.deadlineNotInFuture();
        }
        if (answering.isEmpty()) {
            throw MinutesRuleException.nobodyToApprove();
        }
        ApprovalRound round = new ApprovalRound(rounds.size() + 1, by, now, deadline, answering);
        rounds.add(round);
        state = MinutesState.CIRCULATED;
        if (sharedAt == null) {
            sharedAt = now;
        }
        return round;
    }

    /**
     * An organisation approves the circulated text. Returns true when that made the minutes approved (the caller then
     * freezes them with {@link #freeze}).
     */
    public boolean approve(Organisation organisation, int shownRound, String by, Instant now) {
        ApprovalRound round = roundShown(shownRound, now);
        answerOf(round, organisation).approve(by, now);
        if (round.everyoneApproved()) {
            round.close(RoundOutcome.APPROVED, now);
            return true;
        }
        return false;
    }

    /** An organisation comments instead of approving: an objection, so silence will not approve this round. */
    public RoundAnswer comment(Organisation organisation, int shownRound, String text, Long agendaItemId, String by,
            Instant now) {
        ApprovalRound round = roundShown(shownRound, now);
        if (text == null || text.isBlank()) {
            throw MinutesRuleException.commentRequired();
        }
        RoundAnswer answer = answerOf(round, organisation);
        answer.comment(by, now, text.strip(), agendaItemId);
        return answer;
    }

    /** The secretariat replies to a comment of any round of these minutes (not once they are frozen). */
    public void reply(long answerId, String text, String by, Instant now) {
        requireNotFrozen();
        if (text == null || text.isBlank()) {
            throw MinutesRuleException.commentRequired();
        }
        RoundAnswer answer = rounds.stream().flatMap(r -> r.answer(answerId).stream()).findFirst()
                .orElseThrow(() -> new org.dialogue.meetings.domain.shared.RecordNotFoundException("Answer", answerId));
        answer.replyToComment(by, now, text.strip());
    }

    /** The secretariat withdraws the circulated text to revise it: the round ends and the draft opens again. */
    public void revise(String reason, Instant now) {
        requireNotFrozen();
        if (reason == null || reason.isBlank()) {
            throw MinutesRuleException.reasonRequired();
        }
        if (state != MinutesState.CIRCULATED) {
            throw MinutesRuleException.notCirculated();
        }
        currentRound().orElseThrow(MinutesRuleException::notCirculated).withdraw(reason.strip(), now);
        state = MinutesState.DRAFT;
    }

    /**
     * The deadline check: closes the round under way if its deadline has passed. Without objection the silent
     * organisations approve by silence and this returns true (the caller freezes the minutes); with comments the
     * round ends and the minutes go back to draft for a revision. Does nothing (false) if no round is due, so running
     * it twice, or on two servers, changes nothing the second time.
     */
    public boolean closeIfDue(Instant now) {
        Optional<ApprovalRound> due = currentRound().filter(r -> r.isDue(now));
        if (state != MinutesState.CIRCULATED || due.isEmpty()) {
            return false;
        }
        ApprovalRound round = due.get();
        if (round.hasComments()) {
            round.close(RoundOutcome.ENDED_WITH_COMMENTS, now);
            state = MinutesState.DRAFT;
            return false;
        }
        round.closeBySilence(now);
        return true;
    }

    /**
     * Approval: the canonical text, its SHA-256 and its signature are written once and never again. The signer is
     * given the very bytes the canonical text is served as (UTF-8), so the downloaded file and its signature match.
     */
    public void freeze(String canonicalText, MinutesSigner signer, Instant at) {
        if (state.isFrozen()) {
            throw MinutesRuleException.frozen(revision);
        }
        this.approvedText = canonicalText;
        this.approvedSha256 = sha256(canonicalText);
        this.approvalSignature = signer.sign(canonicalText.getBytes(StandardCharsets.UTF_8));
        this.approvedAt = at;
        this.state = MinutesState.APPROVED;
    }

    /** An approved correction replaces these minutes; they stay readable and frozen. */
    public void supersede(Instant at) {
        if (state == MinutesState.APPROVED) {
            state = MinutesState.SUPERSEDED;
            supersededAt = at;
        }
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The round under way, when it is the one the answering page showed ({@code shownRound}): an answer is about the
     * text the delegation read, and a later round circulates another text.
     */
    private ApprovalRound roundShown(int shownRound, Instant now) {
        requireNotFrozen();
        int current = currentRound().map(ApprovalRound::getNumber).orElse(0);
        if (current != shownRound) {
            throw MinutesChangedException.circulatedAgain(shownRound, current);
        }
        if (state == MinutesState.DRAFT && current > 0) {
            throw MinutesChangedException.withdrawn(shownRound);
        }
        return roundUnderWay(now);
    }

    private ApprovalRound roundUnderWay(Instant now) {
        requireNotFrozen();
        if (state != MinutesState.CIRCULATED) {
            throw MinutesRuleException.notCirculated();
        }
        ApprovalRound round = currentRound().orElseThrow(MinutesRuleException::notCirculated);
        if (round.isDue(now)) {
            throw MinutesRuleException.notCirculated(); // the deadline passed: the check closes it, nobody answers
        }
        return round;
    }

    private static RoundAnswer answerOf(ApprovalRound round, Organisation organisation) {
        RoundAnswer answer = organisation == null ? null : round.answerOf(organisation.getId());
        if (answer == null) {
            throw MinutesRuleException.notAnswering(organisation == null ? "-" : organisation.getAcronym());
        }
        return answer;
    }

    private MinutesItem item(long itemId) {
        return items.stream().filter(i -> i.getId() != null && i.getId() == itemId).findFirst()
                .orElseThrow(() -> new org.dialogue.meetings.domain.shared.RecordNotFoundException("MinutesItem",
                        itemId));
    }

    private void requireNotFrozen() {
        if (state.isFrozen()) {
            throw MinutesRuleException.frozen(revision);
        }
    }

    /** Only a draft changes. Checked first for frozen minutes, so they always answer "frozen". */
    public void requireDraft() {
        requireNotFrozen();
        if (state != MinutesState.DRAFT) {
            throw MinutesRuleException.notDraft();
        }
    }

    /** The round under way, or the last one. */
    public Optional<ApprovalRound> currentRound() {
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 1));
    }

    public Map<String, String> auditFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("meeting", String.valueOf(meeting.getId()));
        fields.put("revision", String.valueOf(revision));
        fields.put("state", String.valueOf(state));
        fields.put("language", language);
        fields.put("round", currentRound().map(r -> String.valueOf(r.getNumber())).orElse(""));
        fields.put("deadline", currentRound().map(r -> String.valueOf(r.getDeadline())).orElse(""));
        fields.put("items with notes", String.valueOf(items.stream()
                .filter(i -> i.getNotesHtml() != null && !i.getNotesHtml().isBlank()).count()));
        fields.put("attendance", String.valueOf(attendance.size()));
        fields.put("decisions", String.valueOf(decisions.size()));
        fields.put("sha256", approvedSha256 == null ? "" : approvedSha256);
        fields.put("signing key", approvalSignature == null ? "" : approvalSignature.getKeyId());
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getRevision() {
        return revision;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public MinutesLanguage getLanguage() {
        return MinutesLanguage.stored(language);
    }

    public MinutesState getState() {
        return state;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSharedAt() {
        return sharedAt;
    }

    /** Delegates and observers read minutes once they were circulated; the secretariat reads every draft. */
    public boolean isSharedWithDelegations() {
        return sharedAt != null;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedText() {
        return approvedText;
    }

    public String getApprovedSha256() {
        return approvedSha256;
    }

    /** The application's signature of the approved text; empty before approval and for minutes approved unsigned. */
    public Optional<ApprovalSignature> getApprovalSignature() {
        return Optional.ofNullable(approvalSignature);
    }

    /** The id of the key that signed the approved text, or null (for pages: see {@link #getApprovalSignature}). */
    public String getSigningKeyId() {
        return approvalSignature == null ? null : approvalSignature.getKeyId();
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public List<MinutesItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public List<Attendance> getAttendance() {
        return Collections.unmodifiableList(attendance);
    }

    public List<Decision> getDecisions() {
        return Collections.unmodifiableList(decisions);
    }

    public List<ApprovalRound> getRounds() {
        return Collections.unmodifiableList(rounds);
    }
}
