package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.action.ActionRuleException;
import org.dialogue.meetings.domain.action.ActionSearch;
import org.dialogue.meetings.domain.action.ActionStatus;
import org.dialogue.meetings.domain.audit.AuditEntry;
import org.dialogue.meetings.domain.audit.AuditSearch;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.domain.minutes.Answer;
import org.dialogue.meetings.domain.minutes.AttendanceStatus;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesChangedException;
import org.dialogue.meetings.domain.minutes.MinutesRuleException;
import org.dialogue.meetings.domain.minutes.MinutesState;
import org.dialogue.meetings.domain.minutes.RoundAnswer;
import org.dialogue.meetings.domain.minutes.RoundOutcome;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.domain.shared.StaleRecordException;
import org.dialogue.meetings.testing.Caller;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.MovableClock;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The approval of minutes by the delegations, through the real services in Payara Micro: a whole round with two
 * delegations, a comment then a revision and a second round, the silence procedure with the clock moved past the
 * deadline, frozen minutes refused by every changing service method, the hash checked against the canonical text,
 * concurrent drafts, sanitised notes, corrections, and the follow-up of actions. AFRIPOL ({@link TestUsers#delegate})
 * and EUROPOL ({@link TestUsers#secondDelegate}) take part in each meeting made here.
 */
@ContainerTest
class MinutesApprovalIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @Inject
    private MovableClock clock;

    @EJB
    private MeetingService meetingService;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private MinutesService minutesService;

    @EJB
    private ActionService actionService;

    @EJB
    private AuditService auditService;

    private Caller secretariat;
    private Caller afripol;
    private Caller europol;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
        secretariat = users.secretariat();
        afripol = users.delegate();
        europol = users.secondDelegate();
    }

    @Test
    void twoDelegationsApproveTheRoundAndTheMinutesAreFrozenWithTheHashOfTheirCanonicalText() {
        Minutes draft = saveDraft(openMinutes(meetingWithAgenda()), "<p>Agreed on <strong>joint</strong> work.</p>");
        Minutes circulated = circulate(draft, Duration.ofDays(7));
        assertThat(circulated.getState()).isEqualTo(MinutesState.CIRCULATED);
        assertThat(circulated.getRounds()).singleElement().satisfies(round -> assertThat(round.getAnswers())
                .extracting(a -> a.getOrganisation().getAcronym()).containsExactly("AFRIPOL", "EUROPOL"));

        Minutes afterFirst = afripol.call(() -> minutesService.approve(draft.getId(), 1));
        assertThat(afterFirst.getState()).isEqualTo(MinutesState.CIRCULATED);
        Minutes approved = europol.call(() -> minutesService.approve(draft.getId(), 1));

        assertThat(approved.getState()).isEqualTo(MinutesState.APPROVED);
        assertThat(approved.getRounds().get(0).getOutcome()).isEqualTo(RoundOutcome.APPROVED);
        assertThat(approved.getRounds().get(0).getAnswers()).extracting(RoundAnswer::getAnsweredBy)
                .containsExactly(TestUsers.DELEGATE, TestUsers.SECOND_DELEGATE);
        String canonical = afripol.call(() -> minutesService.canonicalText(draft.getId()));
        assertThat(canonical).startsWith("MINUTES\nFormat: dialogue-minutes/1\n")
                .contains("<p>Agreed on <strong>joint</strong> work.</p>", "ACTIONS\n1. Share the contact list");
        assertThat(Minutes.sha256(canonical)).isEqualTo(approved.getApprovedSha256()).hasSize(64);
        assertThat(audit(draft.getId())).anySatisfy(entry -> assertThat(entry.getChanges())
                .contains("state: CIRCULATED → APPROVED", "why: every organisation approved"));
    }

    @Test
    void aCommentLeadsToARevisionAndASecondRoundThatBothApprove() {
        Meeting meeting = meetingWithAgenda();
        Minutes draft = saveDraft(openMinutes(meeting), "<p>First text.</p>");
        circulate(draft, Duration.ofDays(7));
        afripol.call(() -> minutesService.approve(draft.getId(), 1));
        long itemId = meeting.getAgenda().get(0).getId();
        Minutes commented = europol.call(() -> minutesService.comment(draft.getId(), 1, "Say 'pilot', not 'programme'.",
                itemId));
        RoundAnswer comment = commented.getRounds().get(0).getAnswers().get(1);
        assertThat(comment.getAnswer()).isEqualTo(Answer.COMMENTED);
        assertThat(comment.getAgendaItemId()).isEqualTo(itemId);
        assertThatThrownBy(() -> europol.call(() -> minutesService.approve(draft.getId(), 1)))
                .isInstanceOf(MinutesRuleException.class).hasMessageContaining("EUROPOL has already answered");

        Minutes replied = secretariat.call(() -> minutesService.reply(draft.getId(), commented.getVersion(), comment.getId(),
                "Changed in the next round."));
        assertThat(replied.getRounds().get(0).getAnswers().get(1).getReply()).isEqualTo("Changed in the next round.");
        Minutes revised = secretariat.call(() -> minutesService.revise(draft.getId(), replied.getVersion(),
                "EUROPOL's comment"));
        assertThat(revised.getState()).isEqualTo(MinutesState.DRAFT);
        assertThat(revised.getRounds().get(0).getOutcome()).isEqualTo(RoundOutcome.REVISED);

        Minutes second = circulate(saveDraft(revised, "<p>Second text: pilot.</p>"), Duration.ofDays(7));
        assertThat(second.getRounds()).hasSize(2);
        afripol.call(() -> minutesService.approve(draft.getId(), 2));
        Minutes approved = europol.call(() -> minutesService.approve(draft.getId(), 2));

        assertThat(approved.getState()).isEqualTo(MinutesState.APPROVED);
        assertThat(approved.getRounds().get(1).getNumber()).isEqualTo(2);
        assertThat(approved.getApprovedText()).contains("Second text: pilot.").doesNotContain("First text.");
        assertThat(audit(draft.getId())).extracting(AuditEntry::getChanges)
                .anySatisfy(c -> assertThat(c).contains("why: EUROPOL's comment"))
                .anySatisfy(c -> assertThat(c).contains("commented for EUROPOL"));
    }

    /**
     * A delegation answers the text its page showed. Here AFRIPOL's page still shows round 1 while the secretariat
     * revised the text and circulated round 2: its approval and its comment are refused and nothing is recorded; a
     * reply written on a page from before another answer came in is refused too.
     */
    @Test
    void anAnswerOrReplyGivenOnAPageShowingOlderMinutesRecordsNothing() {
        Meeting meeting = meetingWithAgenda();
        Minutes draft = saveDraft(openMinutes(meeting), "<p>Round one text.</p>");
        circulate(draft, Duration.ofDays(7));
        Minutes shownToAfripol = afripol.call(() -> minutesService.find(draft.getId())).orElseThrow();
        int shownRound = shownToAfripol.currentRound().orElseThrow().getNumber();

        Minutes commented = europol.call(() -> minutesService.comment(draft.getId(), shownRound, "Add the dates.",
                null));
        Minutes revised = secretariat.call(() -> minutesService.revise(draft.getId(), commented.getVersion(),
                "EUROPOL's comment"));
        assertThatThrownBy(() -> afripol.call(() -> minutesService.approve(draft.getId(), shownRound)))
                .isInstanceOf(MinutesChangedException.class).hasMessageContaining("withdrawn for a revision");
        circulate(saveDraft(revised, "<p>Round two text, with the dates.</p>"), Duration.ofDays(7));
        long before = read(draft).getVersion();

        assertThatThrownBy(() -> afripol.call(() -> minutesService.approve(draft.getId(), shownRound)))
                .isInstanceOf(MinutesChangedException.class)
                .hasMessageContaining("it showed the text of round 1, and round 2 now circulates a revised text");
        assertThatThrownBy(() -> afripol.call(() -> minutesService.comment(draft.getId(), shownRound,
                "On the round one text", null))).isInstanceOf(MinutesChangedException.class);

        Minutes after = read(draft);
        assertThat(after.getVersion()).as("nothing recorded").isEqualTo(before);
        assertThat(after.getState()).isEqualTo(MinutesState.CIRCULATED);
        assertThat(after.currentRound().orElseThrow().getAnswers()).extracting(RoundAnswer::getAnswer)
                .containsOnly(Answer.PENDING);
        assertThat(audit(draft.getId())).extracting(AuditEntry::getChanges)
                .noneSatisfy(c -> assertThat(c).contains("approved for AFRIPOL"));

        // The secretariat's page showed the minutes before AFRIPOL's answer: its reply is refused, nothing stored.
        long answerId = commented.getRounds().get(0).getAnswers().get(1).getId();
        afripol.call(() -> minutesService.comment(draft.getId(), 2, "Now on the dates.", null));
        assertThatThrownBy(() -> secretariat.call(() -> minutesService.reply(draft.getId(), after.getVersion(),
                answerId, "Written before AFRIPOL's comment came in."))).isInstanceOf(StaleRecordException.class);
        assertThat(read(draft).getRounds().get(0).getAnswers().get(1).getReply()).isNull();
    }

    /**
     * Through the API a delegation answers on the version it read as well ({@code If-Match}), and the service compares
     * it inside the transaction that records the answer, so two answers on one version are never both recorded. Here
     * AFRIPOL read the minutes, then EUROPOL answered on the same version: AFRIPOL's approval and comment on the version
     * it read are refused and nothing is recorded; on the version as it is now, its approval is recorded.
     */
    @Test
    void anAnswerOnAVersionThatIsNoLongerTheMinutesRecordsNothing() {
        Minutes draft = saveDraft(openMinutes(meetingWithAgenda()), "<p>Versioned text.</p>");
        circulate(draft, Duration.ofDays(7));
        long versionRead = afripol.call(() -> minutesService.find(draft.getId())).orElseThrow().getVersion();
        Minutes commented = europol.call(() -> minutesService.comment(draft.getId(), 1, "Add the dates.", null,
                versionRead));
        assertThat(commented.getVersion()).isGreaterThan(versionRead);

        assertThatThrownBy(() -> afripol.call(() -> minutesService.approve(draft.getId(), 1, versionRead)))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> afripol.call(() -> minutesService.comment(draft.getId(), 1, "On the old version",
                null, versionRead))).isInstanceOf(StaleRecordException.class);
        Minutes after = read(draft);
        assertThat(after.getVersion()).as("nothing recorded").isEqualTo(commented.getVersion());
        assertThat(after.currentRound().orElseThrow().getAnswers())
                .extracting(a -> a.getOrganisation().getAcronym() + " " + a.getAnswer())
                .containsExactly("AFRIPOL PENDING", "EUROPOL COMMENTED");
        assertThat(audit(draft.getId())).extracting(AuditEntry::getChanges)
                .noneSatisfy(c -> assertThat(c).contains("for AFRIPOL"));

        Minutes approved = afripol.call(() -> minutesService.approve(draft.getId(), 1, commented.getVersion()));
        assertThat(approved.currentRound().orElseThrow().getAnswers())
                .extracting(a -> a.getOrganisation().getAcronym() + " " + a.getAnswer())
                .containsExactly("AFRIPOL APPROVED", "EUROPOL COMMENTED");
        assertThat(approved.getVersion()).isGreaterThan(commented.getVersion());
    }

    @Test
    void silenceApprovesAtTheDeadlineOnceAndRecordsEachSilentOrganisation() {
        Minutes draft = saveDraft(openMinutes(meetingWithAgenda()), "<p>Silence text.</p>");
        circulate(draft, Duration.ofDays(10));
        afripol.call(() -> minutesService.approve(draft.getId(), 1));

        secretariat.call(() -> minutesService.closeDueRounds());
        assertThat(read(draft).getState()).as("before the deadline nothing closes").isEqualTo(MinutesState.CIRCULATED);

        clock.advance(Duration.ofDays(10).plusMinutes(1));
        secretariat.call(() -> minutesService.closeDueRounds());
        Minutes approved = read(draft);
        long versionAfterClosing = approved.getVersion();
        secretariat.call(() -> minutesService.closeDueRounds()); // a second check (or server) changes nothing

        assertThat(approved.getState()).isEqualTo(MinutesState.APPROVED);
        assertThat(approved.getRounds().get(0).getOutcome()).isEqualTo(RoundOutcome.APPROVED_BY_SILENCE);
        assertThat(approved.getRounds().get(0).getAnswers())
                .extracting(a -> a.getOrganisation().getAcronym() + " " + a.getAnswer())
                .containsExactly("AFRIPOL APPROVED", "EUROPOL APPROVED_BY_SILENCE");
        assertThat(read(draft).getVersion()).isEqualTo(versionAfterClosing);
        assertThat(audit(draft.getId())).filteredOn(e -> e.getChanges().contains("approved by silence"))
                .as("one closing in the audit trail").hasSize(1);
        assertThatThrownBy(() -> europol.call(() -> minutesService.approve(draft.getId(), 1)))
                .isInstanceOf(MinutesRuleException.class).hasMessageContaining("frozen");
    }

    @Test
    void aCommentedRoundEndsAtItsDeadlineWithoutApprovalAndGoesBackToDraft() {
        Minutes draft = saveDraft(openMinutes(meetingWithAgenda()), "<p>Objection text.</p>");
        circulate(draft, Duration.ofDays(3));
        europol.call(() -> minutesService.comment(draft.getId(), 1, "We object to item 1.", null));

        clock.advance(Duration.ofDays(4));
        secretariat.call(() -> minutesService.closeDueRounds());

        Minutes back = read(draft);
        assertThat(back.getState()).isEqualTo(MinutesState.DRAFT);
        assertThat(back.getRounds().get(0).getOutcome()).isEqualTo(RoundOutcome.ENDED_WITH_COMMENTS);
        assertThat(back.getApprovedSha256()).isNull();
    }

    @Test
    void frozenMinutesAreRefusedByEveryChangingServiceMethod() {
        Minutes draft = saveDraft(openMinutes(meetingWithAgenda()), "<p>Frozen text.</p>");
        circulate(draft, Duration.ofDays(7));
        afripol.call(() -> minutesService.approve(draft.getId(), 1));
        Minutes approved = europol.call(() -> minutesService.approve(draft.getId(), 1));
        long id = approved.getId();
        long version = approved.getVersion();
        String hash = approved.getApprovedSha256();
        long answerId = approved.getRounds().get(0).getAnswers().get(0).getId();

        List<Runnable> changes = List.of(
                () -> secretariat.call(() -> minutesService.saveDraft(id, version, draftOf(approved, "<p>x</p>"))),
                () -> secretariat.call(() -> minutesService.circulate(id, version, Instant.now().plusSeconds(86400))),
                () -> secretariat.call(() -> minutesService.revise(id, version, "change it")),
                () -> secretariat.call(() -> minutesService.reply(id, version, answerId, "late reply")),
                () -> afripol.call(() -> minutesService.comment(id, 1, "late comment", null)),
                () -> afripol.call(() -> minutesService.approve(id, 1)));
        for (Runnable change : changes) {
            assertThatThrownBy(change::run).isInstanceOf(MinutesRuleException.class).hasMessageContaining("frozen");
        }
        Minutes after = read(approved);
        assertThat(after.getVersion()).isEqualTo(version);
        assertThat(after.getApprovedSha256()).isEqualTo(hash);
        assertThat(Minutes.sha256(secretariat.call(() -> minutesService.canonicalText(id)))).isEqualTo(hash);
    }

    @Test
    void aCorrectionIsANewRevisionApprovedTheSameWayThatSupersedesTheApprovedOne() {
        Minutes first = saveDraft(openMinutes(meetingWithAgenda()), "<p>Wrong date.</p>");
        circulate(first, Duration.ofDays(7));
        afripol.call(() -> minutesService.approve(first.getId(), 1));
        Minutes approved = europol.call(() -> minutesService.approve(first.getId(), 1));

        Minutes correction = secretariat.call(() -> minutesService.correct(approved.getId(), "The date in item 1"));
        assertThat(correction.getRevision()).isEqualTo(2);
        assertThat(secretariat.call(() -> minutesService.actions(correction.getId()))).hasSize(1);
        circulate(saveDraft(correction, "<p>Right date.</p>"), Duration.ofDays(7));
        afripol.call(() -> minutesService.approve(correction.getId(), 1));
        Minutes approvedCorrection = europol.call(() -> minutesService.approve(correction.getId(), 1));

        assertThat(approvedCorrection.getState()).isEqualTo(MinutesState.APPROVED);
        assertThat(approvedCorrection.getApprovedText()).contains("Revision: 2", "Correction reason: The date in item 1");
        Minutes superseded = read(approved);
        assertThat(superseded.getState()).isEqualTo(MinutesState.SUPERSEDED);
        assertThat(superseded.getApprovedText()).contains("Wrong date.");
        assertThat(superseded.getApprovedSha256()).isEqualTo(approved.getApprovedSha256());
        assertThat(afripol.call(() -> minutesService.ofMeeting(approved.getMeeting().getId())))
                .extracting(Minutes::getRevision).containsExactly(2, 1);
        assertThat(actionService(afripol, approved.getMeeting().getId()))
                .as("the actions of the newest revision only").hasSize(1);
    }

    @Test
    void twoSecretariesSavingTheSameDraftNeverOverwriteEachOther() {
        Minutes opened = openMinutes(meetingWithAgenda());
        secretariat.call(() -> minutesService.saveDraft(opened.getId(), opened.getVersion(),
                draftOf(opened, "<p>First writer.</p>")));

        assertThatThrownBy(() -> secretariat.call(() -> minutesService.saveDraft(opened.getId(), opened.getVersion(),
                draftOf(opened, "<p>Second writer, on the old version.</p>"))))
                .isInstanceOf(StaleRecordException.class).hasMessageStartingWith("Someone else saved this minutes document");

        assertThat(secretariat.call(() -> minutesService.canonicalText(opened.getId())))
                .contains("First writer.").doesNotContain("Second writer");
        assertThat(secretariat.call(() -> minutesService.versions(opened.getId())))
                .as("one save, one version").extracting(v -> v.number()).containsExactly(1);
        Minutes firstSave = read(opened);
        secretariat.call(() -> minutesService.saveDraft(opened.getId(), firstSave.getVersion(),
                draftOf(firstSave, "<p>First writer, again.</p>")));
        assertThat(secretariat.call(() -> minutesService.versions(opened.getId())))
                .extracting(v -> v.number()).containsExactly(2, 1);
        VersionComparison comparison = secretariat.call(() -> minutesService.compare(opened.getId(), 1, 2));
        assertThat(comparison.hasChanges()).isTrue();
        assertThat(comparison.rows()).anySatisfy(row -> assertThat(row.newerHtml()).contains("<ins>"));
    }

    @Test
    void notesAreSanitisedBeforeTheyAreStored() {
        Minutes opened = openMinutes(meetingWithAgenda());
        Minutes saved = saveDraft(opened, "<p onclick=\"alert(1)\">Safe<script>alert(2)</script>"
                + "<img src=x onerror=alert(3)><a href=\"javascript:alert(4)\">link</a>"
                + "<a href=\"https://www.interpol.int/\">site</a></p>");

        String notes = saved.getItems().get(0).getNotesHtml();
        assertThat(notes).contains("Safe", "https://www.interpol.int/").doesNotContain("onclick", "<script",
                "onerror", "javascript:", "<img");
    }

    @Test
    void onlyTheOrganisationsTakingPartReadCirculatedMinutesAndDraftsStayWithTheSecretariat() {
        Meeting meeting = meetingWithAgenda();
        Minutes opened = openMinutes(meeting);
        assertThat(afripol.call(() -> minutesService.find(opened.getId()))).as("a draft never circulated").isEmpty();
        assertThat(afripol.call(() -> minutesService.ofMeeting(meeting.getId()))).isEmpty();
        assertThatThrownBy(() -> afripol.call(() -> minutesService.approve(opened.getId(), 1)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> users.observer().call(() -> minutesService.approve(opened.getId(), 1)))
                .isInstanceOf(EJBAccessException.class);

        circulate(saveDraft(opened, "<p>Shared.</p>"), Duration.ofDays(7));
        assertThat(afripol.call(() -> minutesService.find(opened.getId()))).isPresent();
        assertThat(users.observer().call(() -> minutesService.find(opened.getId()))).isPresent();

        Meeting elsewhere = secretariat.call(() -> meetingService.schedule(details("Elsewhere " + unique(),
                Set.of(acronymId("INTERPOL"), acronymId("GCCPOL")))));
        Meeting withItem = secretariat.call(() -> meetingService.addAgendaItem(elsewhere.getId(),
                elsewhere.getVersion(), new AgendaItemDetails("Opening", null, 10, null)));
        Minutes other = circulate(saveDraft(openMinutes(withItem), "<p>Not for AFRIPOL.</p>"), Duration.ofDays(7));
        assertThat(afripol.call(() -> minutesService.find(other.getId()))).isEmpty();
        assertThatThrownBy(() -> afripol.call(() -> minutesService.canonicalText(other.getId())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> afripol.call(() -> minutesService.approve(other.getId(), 1)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theOwnersDelegateFollowsUpAnActionAndItsHistoryIsKept() {
        Meeting meeting = meetingWithAgenda();
        Minutes circulated = circulate(saveDraft(openMinutes(meeting), "<p>Actions.</p>"), Duration.ofDays(7));
        ActionItem action = afripol.call(() -> minutesService.actions(circulated.getId())).get(0);
        assertThat(action.getOwner().getAcronym()).isEqualTo("AFRIPOL");

        assertThatThrownBy(() -> europol.call(() -> actionService.updateStatus(action.getId(), action.getVersion(),
                ActionStatus.DONE, "not ours"))).isInstanceOf(ActionRuleException.class);
        assertThatThrownBy(() -> afripol.call(() -> actionService.updateStatus(action.getId(), action.getVersion(),
                ActionStatus.IN_PROGRESS, " "))).isInstanceOf(ActionRuleException.class);
        ActionItem started = afripol.call(() -> actionService.updateStatus(action.getId(), action.getVersion(),
                ActionStatus.IN_PROGRESS, "List being compiled"));
        assertThatThrownBy(() -> secretariat.call(() -> actionService.updateStatus(action.getId(),
                action.getVersion(), ActionStatus.DONE, "stale"))).isInstanceOf(StaleRecordException.class);
        ActionItem done = secretariat.call(() -> actionService.updateStatus(action.getId(), started.getVersion(),
                ActionStatus.DONE, "Received"));

        assertThat(done.getHistory()).extracting(u -> u.getFromStatus() + "→" + u.getToStatus() + " " + u.getNote())
                .containsExactly("IN_PROGRESS→DONE Received", "OPEN→IN_PROGRESS List being compiled");
        assertThat(afripol.call(() -> actionService.count(new ActionSearch(acronymId("AFRIPOL"), ActionStatus.DONE,
                false, null, null, meeting.getId())))).isEqualTo(1);
    }

    @Test
    void openActionsOfEarlierMeetingsWithTheSameCoOrganisersAreMattersArising() {
        Meeting earlier = meetingWithAgenda(LocalDateTime.of(2031, 5, 5, 9, 0));
        Minutes earlierMinutes = circulate(saveDraft(openMinutes(earlier), "<p>Earlier.</p>"), Duration.ofDays(7));
        // three co-organisers (a set no other test uses): not the same co-organisers, though AFRIPOL is among them
        Set<Long> three = Set.of(acronymId("AFRIPOL"), acronymId("AIMC"), acronymId("GCCPOL"));
        Meeting wider = meetingWithAgenda(LocalDateTime.of(2031, 6, 5, 9, 0), three);
        Minutes widerMinutes = circulate(saveDraft(openMinutes(wider), "<p>Wider.</p>"), Duration.ofDays(7));
        Meeting later = meetingWithAgenda(LocalDateTime.of(2031, 9, 5, 9, 0));
        Meeting laterWider = meetingWithAgenda(LocalDateTime.of(2031, 9, 6, 9, 0), three);
        ActionItem pending = secretariat.call(() -> minutesService.actions(earlierMinutes.getId())).get(0);
        ActionItem widerPending = secretariat.call(() -> minutesService.actions(widerMinutes.getId())).get(0);

        assertThat(afripol.call(() -> minutesService.mattersArising(later.getId(), 0, 100).page()))
                .extracting(ActionItem::getId)
                .contains(pending.getId())
                .doesNotContain(widerPending.getId());
        assertThat(afripol.call(() -> minutesService.mattersArising(laterWider.getId(), 0, 100).page()))
                .extracting(ActionItem::getId)
                .contains(widerPending.getId())
                .doesNotContain(pending.getId());
        assertThat(afripol.call(() -> minutesService.mattersArising(earlier.getId(), 0, 100).page()))
                .extracting(ActionItem::getId)
                .doesNotContain(pending.getId());
        // A page holds the rows asked for; the total counts them all (the paginator's), in the same order.
        MattersArising all = afripol.call(() -> minutesService.mattersArising(later.getId(), 0, 100));
        MattersArising second = afripol.call(() -> minutesService.mattersArising(later.getId(), 1, 1));
        assertThat(all.total()).isPositive().isEqualTo(all.page().size()).isEqualTo(second.total());
        assertThat(second.page()).extracting(ActionItem::getId)
                .isEqualTo(all.page().stream().skip(1).limit(1).map(ActionItem::getId).toList());

        secretariat.call(() -> actionService.updateStatus(pending.getId(), pending.getVersion(), ActionStatus.DONE,
                "Closed"));
        assertThat(afripol.call(() -> minutesService.mattersArising(later.getId(), 0, 100).page()))
                .extracting(ActionItem::getId)
                .doesNotContain(pending.getId());
    }

    // --- helpers ---

    private List<ActionItem> actionService(Caller caller, long meetingId) {
        return caller.call(() -> actionService.search(ActionSearch.ofMeeting(meetingId), 0, 100));
    }

    private Meeting meetingWithAgenda() {
        return meetingWithAgenda(LocalDateTime.of(2031, 3, 3, 9, 0).plusDays(
                java.util.concurrent.ThreadLocalRandom.current().nextInt(300)));
    }

    /**
     * A joint meeting co-organised by AFRIPOL with a EUROPOL participant and two agenda items: AFRIPOL and EUROPOL
     * (the organisations taking part) answer in its rounds.
     */
    private Meeting meetingWithAgenda(LocalDateTime start) {
        return meetingWithAgenda(start, Set.of(acronymId("AFRIPOL")));
    }

    private Meeting meetingWithAgenda(LocalDateTime start, Set<Long> coOrganisers) {
        return secretariat.call(() -> {
            Meeting meeting = meetingService.schedule(details("Minutes IT " + unique(), start, coOrganisers));
            meeting = meetingService.addAgendaItem(meeting.getId(), meeting.getVersion(),
                    new AgendaItemDetails("Opening", null, 15, null));
            meeting = meetingService.addAgendaItem(meeting.getId(), meeting.getVersion(),
                    new AgendaItemDetails("Data sharing", acronymId("EUROPOL"), 60, null));
            return meetingService.addParticipant(meeting.getId(), meeting.getVersion(),
                    new ParticipantDetails("Jan Novák", acronymId("EUROPOL"), ParticipantRole.HEAD_OF_DELEGATION));
        });
    }

    private Minutes openMinutes(Meeting meeting) {
        return secretariat.call(() -> minutesService.open(meeting.getId()));
    }

    private Minutes saveDraft(Minutes minutes, String notes) {
        return secretariat.call(() -> minutesService.saveDraft(minutes.getId(), minutes.getVersion(),
                draftOf(minutes, notes)));
    }

    /** Notes on the first item, the attendance as opened, one decision and one AFRIPOL action. */
    private MinutesDraft draftOf(Minutes minutes, String notes) {
        long afripolId = acronymId("AFRIPOL");
        List<ActionItem> existing = secretariat.call(() -> minutesService.actions(minutes.getId()));
        Long actionId = existing.isEmpty() ? null : existing.get(0).getId();
        return new MinutesDraft(
                List.of(new MinutesDraft.Notes(minutes.getItems().get(0).getId(), notes)),
                minutes.getAttendance().stream().map(a -> new MinutesDraft.AttendanceLine(a.getName(),
                        a.getOrganisation().getId(), AttendanceStatus.PRESENT, false)).toList(),
                List.of(new MinutesDraft.DecisionLine("Exchange liaison officers.",
                        minutes.getItems().get(0).getAgendaItemId(), null)),
                List.of(new MinutesDraft.ActionLine(actionId, "Share the contact list", afripolId, "Amina Haddad",
                        LocalDate.of(2031, 12, 1), 1, null)));
    }

    private Minutes circulate(Minutes draft, Duration deadlineIn) {
        Minutes current = read(draft);
        return secretariat.call(() -> minutesService.circulate(current.getId(), current.getVersion(),
                Instant.now().plus(deadlineIn)));
    }

    private Minutes read(Minutes minutes) {
        return secretariat.call(() -> minutesService.find(minutes.getId())).orElseThrow();
    }

    private List<AuditEntry> audit(long minutesId) {
        return users.administrator().call(() -> auditService.search(new AuditSearch(null, "Minutes", minutesId, null,
                null, null), 0, 100));
    }

    private MeetingDetails details(String title, Set<Long> coOrganisers) {
        return details(title, LocalDateTime.of(2031, 3, 3, 9, 0), coOrganisers);
    }

    private MeetingDetails details(String title, LocalDateTime start, Set<Long> coOrganisers) {
        return new MeetingDetails(MeetingKind.JOINT_OPERATIONAL_MEETING, title, start, start.plusHours(8), PARIS,
                "Headquarters", "Room " + unique(), "Lyon", "France", coOrganisers, null, null);
    }

    private Long acronymId(String acronym) {
        return secretariat.call(() -> organisationService.findByAcronym(acronym)).orElseThrow().getId();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
