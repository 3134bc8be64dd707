package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.action.ActionRuleException;
import org.dialogue.meetings.domain.action.ActionSearch;
import org.dialogue.meetings.domain.action.ActionStatus;
import org.dialogue.meetings.domain.action.ActionUpdate;
import org.dialogue.meetings.domain.audit.AuditEntry;
import org.dialogue.meetings.domain.audit.AuditSearch;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesState;
import org.dialogue.meetings.domain.register.AxisProgress;
import org.dialogue.meetings.domain.register.ProgressStatus;
import org.dialogue.meetings.domain.register.RegisterRuleException;
import org.dialogue.meetings.domain.shared.StaleRecordException;
import org.dialogue.meetings.infrastructure.persistence.ActionFiguresChanges;
import org.dialogue.meetings.infrastructure.persistence.AxisDecision;
import org.dialogue.meetings.infrastructure.persistence.StatusCount;
import org.dialogue.meetings.testing.Caller;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Follow-up actions, the priority axes register and the dashboard's counts through the real services, in Payara
 * Micro. Each test makes its own edition (with two axes), a meeting co-organised by AFRIPOL and EUROPOL and its
 * minutes with one decision and two actions, one owned by each of them: nothing depends on another test.
 */
@ContainerTest
class ActionsAndRegisterIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private EditionService editionService;

    @EJB
    private MeetingService meetingService;

    @EJB
    private MinutesService minutesService;

    @EJB
    private ActionService actionService;

    @EJB
    private PriorityRegisterService registerService;

    @EJB
    private ActionCompletionService completionService;

    @EJB
    private AuditService auditService;

    @Resource(lookup = "java:app/jdbc/meetings")
    private DataSource dataSource;

    /** What a test reads: the edition and its axes, the meeting, its minutes and the two actions. */
    private record Fixture(DialogueEdition edition, long axis, long otherAxis, Meeting meeting, Minutes minutes,
            ActionItem afripolAction, ActionItem europolAction) {
    }

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
    }

    // --- actions: who follows them up ---

    @Test
    void aDelegateUpdatesTheirOrganisationsActionWithHistoryAndAuditButNotAnotherOrganisations() {
        Fixture f = circulated(fixture());
        Caller delegate = users.delegate();

        ActionItem updated = delegate.call(() -> actionService.updateStatus(f.afripolAction().getId(),
                f.afripolAction().getVersion(), ActionStatus.IN_PROGRESS, "  Liaison officer appointed  "));
        assertThat(updated.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);

        // A second change: the history keeps both, the newest first, with who, from, to and the note.
        delegate.call(() -> actionService.updateStatus(updated.getId(), updated.getVersion(), ActionStatus.DONE,
                "Network in place"));
        ActionItem read = delegate.call(() -> actionService.find(f.afripolAction().getId())).orElseThrow();
        assertThat(read.getStatus()).isEqualTo(ActionStatus.DONE);
        assertThat(read.getHistory()).extracting(ActionUpdate::getFromStatus, ActionUpdate::getToStatus,
                ActionUpdate::getNote, ActionUpdate::getUpdatedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ActionStatus.IN_PROGRESS, ActionStatus.DONE, "Network in place",
                        TestUsers.DELEGATE),
                org.assertj.core.groups.Tuple.tuple(ActionStatus.OPEN, ActionStatus.IN_PROGRESS,
                        "Liaison officer appointed", TestUsers.DELEGATE));
        assertThat(read.getHistory()).allSatisfy(u -> assertThat(u.getUpdatedAt()).isNotNull());

        // The audit trail has both changes, by the delegate, with the note as the reason.
        List<AuditEntry> audit = users.administrator().call(() -> auditService.search(new AuditSearch(null,
                "Action", f.afripolAction().getId(), null, null, null), 0, 10));
        assertThat(audit).hasSize(2).allSatisfy(e -> assertThat(e.getActor()).isEqualTo(TestUsers.DELEGATE));
        assertThat(audit).extracting(AuditEntry::getChanges).anySatisfy(changes -> assertThat(changes)
                .contains("status: OPEN → IN_PROGRESS").contains("Liaison officer appointed"));

        // EUROPOL's action: refused, nothing changed.
        ActionItem europol = f.europolAction();
        assertThatThrownBy(() -> delegate.call(() -> actionService.updateStatus(europol.getId(),
                europol.getVersion(), ActionStatus.DONE, "Not ours")))
                .isInstanceOf(ActionRuleException.class).hasMessageContaining("EUROPOL");
        assertThat(users.secretariat().call(() -> actionService.find(europol.getId())).orElseThrow())
                .satisfies(a -> {
                    assertThat(a.getStatus()).isEqualTo(ActionStatus.OPEN);
                    assertThat(a.getHistory()).isEmpty();
                });

        // EUROPOL's own delegate may; a stale version and a missing note are refused; an observer may not at all.
        assertThatThrownBy(() -> users.secondDelegate().call(() -> actionService.updateStatus(europol.getId(),
                europol.getVersion() + 7, ActionStatus.DONE, "Done"))).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> users.secondDelegate().call(() -> actionService.updateStatus(europol.getId(),
                europol.getVersion(), ActionStatus.DONE, " "))).isInstanceOf(ActionRuleException.class);
        assertThat(users.secondDelegate().call(() -> actionService.updateStatus(europol.getId(),
                europol.getVersion(), ActionStatus.DROPPED, "Overtaken by events")).getStatus())
                .isEqualTo(ActionStatus.DROPPED);
        assertThatThrownBy(() -> users.observer().call(() -> actionService.updateStatus(europol.getId(),
                europol.getVersion() + 1, ActionStatus.OPEN, "Observer"))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void delegatesSeeActionsOnlyOnceTheMinutesAreCirculated() {
        Fixture f = fixture();
        ActionSearch ofMeeting = ActionSearch.ofMeeting(f.meeting().getId());
        assertThat(users.secretariat().call(() -> actionService.count(ofMeeting))).isEqualTo(2);
        assertThat(users.delegate().call(() -> actionService.count(ofMeeting))).isZero();
        assertThat(users.delegate().call(() -> actionService.find(f.afripolAction().getId()))).isEmpty();
        assertThat(users.delegate().call(() -> registerService.decisionsOfAxis(f.axis()))).isEmpty();

        circulated(f);
        assertThat(users.delegate().call(() -> actionService.count(ofMeeting))).isEqualTo(2);
        assertThat(users.delegate().call(() -> registerService.decisionsOfAxis(f.axis())))
                .extracting(AxisDecision::text).containsExactly("Set up a liaison network");
    }

    @Test
    void theActionFiltersReturnTheRightActions() {
        Fixture f = circulated(fixture());
        long afripol = acronymId("AFRIPOL");
        long europol = acronymId("EUROPOL");
        long edition = f.edition().getId();
        Caller delegate = users.delegate();

        // by edition (this test's only), then combined with the others
        assertThat(titles(delegate, new ActionSearch(null, null, false, null, edition, null)))
                .containsExactly("Appoint a liaison officer", "Share the threat assessment");
        assertThat(titles(delegate, new ActionSearch(afripol, null, false, null, edition, null)))
                .containsExactly("Appoint a liaison officer");
        assertThat(titles(delegate, new ActionSearch(europol, null, false, null, edition, null)))
                .containsExactly("Share the threat assessment");
        // overdue: AFRIPOL's was due yesterday, EUROPOL's in a month
        assertThat(titles(delegate, new ActionSearch(null, null, true, null, edition, null)))
                .containsExactly("Appoint a liaison officer");
        // by axis: only EUROPOL's serves the second axis; the first one's filter has AFRIPOL's
        assertThat(titles(delegate, new ActionSearch(null, null, false, f.axis(), null, null)))
                .containsExactly("Appoint a liaison officer");
        assertThat(titles(delegate, new ActionSearch(null, null, false, f.otherAxis(), null, null)))
                .containsExactly("Share the threat assessment");
        // by status, before and after a change; a done action is no longer overdue
        assertThat(titles(delegate, new ActionSearch(null, ActionStatus.DONE, false, null, edition, null))).isEmpty();
        delegate.call(() -> actionService.updateStatus(f.afripolAction().getId(), f.afripolAction().getVersion(),
                ActionStatus.DONE, "Appointed"));
        assertThat(titles(delegate, new ActionSearch(null, ActionStatus.DONE, false, null, edition, null)))
                .containsExactly("Appoint a liaison officer");
        assertThat(titles(delegate, new ActionSearch(null, ActionStatus.OPEN, false, null, edition, null)))
                .containsExactly("Share the threat assessment");
        assertThat(titles(delegate, new ActionSearch(null, null, true, null, edition, null))).isEmpty();
        assertThat(delegate.call(() -> actionService.count(new ActionSearch(null, null, false, null, edition,
                null)))).isEqualTo(2);
    }

    @Test
    void theListCountsUpToAThousandActionsAndPagesThroughThem() {
        Fixture f = fixture();
        long afripol = acronymId("AFRIPOL");
        Caller secretariat = users.secretariat();
        ActionSearch ofMeeting = ActionSearch.ofMeeting(f.meeting().getId());
        assertThat(secretariat.call(() -> actionService.countForList(ofMeeting))).as("below the bound, exact")
                .isEqualTo(2);

        // The draft saved again with one action more than the list counts, then circulated.
        List<MinutesDraft.ActionLine> many = new ArrayList<>();
        for (int i = 0; i <= ActionService.MOST_COUNTED; i++) {
            many.add(new MinutesDraft.ActionLine(null, "Action " + i, afripol, "Amina Haddad",
                    LocalDate.of(2031, 1, 1).plusDays(i), null, null));
        }
        Minutes saved = secretariat.call(() -> minutesService.saveDraft(f.minutes().getId(),
                f.minutes().getVersion(), new MinutesDraft(List.of(), List.of(), List.of(), many)));
        circulated(new Fixture(f.edition(), f.axis(), f.otherAxis(), f.meeting(), saved, null, null));

        for (Caller reader : List.of(secretariat, users.delegate())) {
            assertThat(reader.call(() -> actionService.countForList(ofMeeting)))
                    .isEqualTo(ActionService.MOST_COUNTED + 1);
            // the last page the list reaches, soonest due first
            assertThat(reader.call(() -> actionService.search(ofMeeting, ActionService.MOST_COUNTED - 5, 20)))
                    .extracting(ActionItem::getTitle)
                    .containsExactly("Action 995", "Action 996", "Action 997", "Action 998", "Action 999",
                            "Action 1000");
        }
        assertThat(users.delegate().call(() -> actionService.countForList(new ActionSearch(null,
                ActionStatus.DONE, false, null, f.edition().getId(), null)))).as("a filter narrows it").isZero();
    }

    // --- the register ---

    @Test
    void theRegisterCreatesThenRewritesALineUnderItsVersion() {
        Fixture f = fixture();
        long afripol = acronymId("AFRIPOL");
        long europol = acronymId("EUROPOL");
        Caller secretariat = users.secretariat();

        AxisProgress created = secretariat.call(() -> registerService.setStatus(f.axis(), afripol, 2030, null,
                ProgressStatus.IN_PROGRESS, " Pilot in two countries "));
        assertThat(created.getComment()).isEqualTo("Pilot in two countries");
        assertThat(created.getUpdatedBy()).isEqualTo(TestUsers.SECRETARIAT);

        // A second "create" of the same line, by someone who did not see the first, is stale: nothing overwritten.
        assertThatThrownBy(() -> secretariat.call(() -> registerService.setStatus(f.axis(), afripol, 2030, null,
                ProgressStatus.ACHIEVED, "Blind overwrite"))).isInstanceOf(StaleRecordException.class);
        AxisProgress rewritten = secretariat.call(() -> registerService.setStatus(f.axis(), afripol, 2030,
                created.getVersion(), ProgressStatus.ACHIEVED, "Rolled out"));
        assertThat(rewritten.getId()).isEqualTo(created.getId());
        assertThat(rewritten.getVersion()).isGreaterThan(created.getVersion());
        // The version the first editor saw is now stale.
        assertThatThrownBy(() -> secretariat.call(() -> registerService.setStatus(f.axis(), afripol, 2030,
                created.getVersion(), ProgressStatus.NOT_STARTED, "Late edit"))).isInstanceOf(
                StaleRecordException.class);

        // A delegate records their own organisation's progress, not another's; an observer records nothing.
        users.delegate().call(() -> registerService.setStatus(f.axis(), afripol, 2031, null,
                ProgressStatus.NOT_STARTED, "Planned for next year"));
        assertThatThrownBy(() -> users.delegate().call(() -> registerService.setStatus(f.axis(), europol, 2031,
                null, ProgressStatus.ACHIEVED, "Not ours"))).isInstanceOf(RegisterRuleException.class);
        assertThatThrownBy(() -> users.observer().call(() -> registerService.setStatus(f.axis(), afripol, 2032,
                null, ProgressStatus.ACHIEVED, "Observer"))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> secretariat.call(() -> registerService.setStatus(f.axis(), europol, 1999, null,
                ProgressStatus.ACHIEVED, "Too early"))).isInstanceOf(RegisterRuleException.class);
        assertThatThrownBy(() -> secretariat.call(() -> registerService.setStatus(f.axis(), europol, 2031, null,
                null, "No status"))).isInstanceOf(RegisterRuleException.class);
        secretariat.call(() -> registerService.setStatus(f.otherAxis(), europol, 2030, null,
                ProgressStatus.IN_PROGRESS, null));

        // Read back by axis and by edition, by any role: the latest year first.
        assertThat(users.observer().call(() -> registerService.registerOfAxis(f.axis())))
                .extracting(p -> p.getYear() + " " + p.getOrganisation().getAcronym() + " " + p.getStatus() + " "
                        + p.getComment())
                .containsExactly("2031 AFRIPOL NOT_STARTED Planned for next year", "2030 AFRIPOL ACHIEVED Rolled out");
        assertThat(users.observer().call(() -> registerService.registerOfEdition(f.edition().getId()))).hasSize(3);
        assertThat(users.observer().call(() -> registerService.editionOfAxis(f.otherAxis())).orElseThrow().getId())
                .isEqualTo(f.edition().getId());

        // Audited: created, then changed with the comment.
        List<AuditEntry> audit = users.administrator().call(() -> auditService.search(new AuditSearch(null,
                "AxisProgress", created.getId(), null, null, null), 0, 10));
        assertThat(audit).hasSize(2).allSatisfy(e -> assertThat(e.getActor()).isEqualTo(TestUsers.SECRETARIAT));
        assertThat(audit).extracting(AuditEntry::getChanges).anySatisfy(changes -> assertThat(changes)
                .contains("status: IN_PROGRESS → ACHIEVED").contains("Rolled out"));
    }

    @Test
    void theDecisionsOfAnAxisAreThoseOfReadableMinutes() {
        Fixture f = fixture();
        List<AxisDecision> decisions = users.secretariat().call(() -> registerService.decisionsOfAxis(f.axis()));
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.number()).isEqualTo(1);
            assertThat(d.text()).isEqualTo("Set up a liaison network");
            assertThat(d.meetingId()).isEqualTo(f.meeting().getId());
            assertThat(d.minutesId()).isEqualTo(f.minutes().getId());
            assertThat(d.minutesState()).isEqualTo(MinutesState.DRAFT);
        });
        assertThat(users.secretariat().call(() -> registerService.decisionsOfAxis(f.otherAxis())))
                .extracting(AxisDecision::number).containsExactly(2);
        // Nobody else reads a draft; after circulation the delegations taking part do (see the test above).
        assertThat(users.secondDelegate().call(() -> registerService.decisionsOfAxis(f.axis()))).isEmpty();
        assertThat(users.observer().call(() -> registerService.decisionsOfAxis(f.axis()))).isEmpty();
    }

    // --- the dashboard's counts ---

    @Test
    void theCompletionCountsFollowWhatEachReaderMaySee() {
        Map<String, Long> secretariatBefore = byOrganisation(users.secretariat());
        Map<String, Long> delegateBefore = byOrganisation(users.delegate());
        Fixture f = fixture();

        // The secretariat counts the draft's actions at once; the delegate not before circulation.
        assertThat(delta(secretariatBefore, byOrganisation(users.secretariat())))
                .isEqualTo(Map.of("AFRIPOL OPEN", 1L, "EUROPOL OPEN", 1L));
        assertThat(delta(delegateBefore, byOrganisation(users.delegate()))).isEmpty();
        circulated(f);
        users.delegate().call(() -> actionService.updateStatus(f.afripolAction().getId(),
                f.afripolAction().getVersion(), ActionStatus.IN_PROGRESS, "Started"));
        assertThat(delta(delegateBefore, byOrganisation(users.delegate())))
                .isEqualTo(Map.of("AFRIPOL IN_PROGRESS", 1L, "EUROPOL OPEN", 1L));

        // Per axis: this edition's axes only, each with its edition's number.
        List<StatusCount> byAxis = users.delegate().call(() -> completionService.dashboard(10).byAxis()).stream()
                .filter(c -> c.groupId() == f.axis() || c.groupId() == f.otherAxis()).toList();
        assertThat(byAxis).extracting(c -> c.label() + " " + c.editionNumber() + " " + c.status() + " " + c.count())
                .containsExactlyInAnyOrder(
                        "Liaison networks " + f.edition().getNumber() + " IN_PROGRESS 1",
                        "Threat assessment " + f.edition().getNumber() + " OPEN 1");
        // An observer of AFRIPOL sees the same actions (the meeting is theirs); counts are never negative or doubled.
        assertThat(users.observer().call(() -> completionService.dashboard(10).byAxis()).stream()
                .filter(c -> c.groupId() == f.axis()).mapToLong(StatusCount::count).sum()).isEqualTo(1);
    }

    @Test
    void theDashboardKeepsItsFiguresUntilWhatTheyAreCountedFromChanges() throws SQLException {
        Fixture f = circulated(fixture());
        Map<String, Long> before = byOrganisation(users.delegate());
        long ownOpenBefore = users.delegate().call(() -> completionService.dashboard(10).ownOpenCount());

        // Kept, not counted again: a change made around JPA is not seen...
        setStatusInTheTable(f.europolAction().getId(), ActionStatus.DONE);
        assertThat(byOrganisation(users.delegate())).as("figures kept while nothing changed through JPA")
                .isEqualTo(before);
        // ...until the figures are told that records changed (as the benchmark's data generator does).
        ActionFiguresChanges.recordsChangedOutsideJpa();
        assertThat(delta(before, byOrganisation(users.delegate())))
                .isEqualTo(Map.of("EUROPOL OPEN", -1L, "EUROPOL DONE", 1L));
        Map<String, Long> afterDone = byOrganisation(users.delegate());

        // A change through a service is counted at once: the delegate's organisation starts its action.
        users.delegate().call(() -> actionService.updateStatus(f.afripolAction().getId(),
                f.afripolAction().getVersion(), ActionStatus.IN_PROGRESS, "Started"));
        assertThat(delta(afterDone, byOrganisation(users.delegate())))
                .isEqualTo(Map.of("AFRIPOL OPEN", -1L, "AFRIPOL IN_PROGRESS", 1L));
        DashboardFigures own = users.delegate().call(() -> completionService.dashboard(10));
        assertThat(own.ownOpenCount()).as("open or in progress, the delegate's own").isEqualTo(ownOpenBefore);
        assertThat(own.ownOpen()).extracting(ActionItem::getId).contains(f.afripolAction().getId());

        // A change of need-to-know alone (AFRIPOL no longer co-organises the restricted meeting; only the meeting's
        // list of co-organisers changes): the delegate no longer counts its actions.
        Map<String, Long> beforeRestriction = byOrganisation(users.delegate());
        Meeting meeting = users.secretariat().call(() -> meetingService.find(f.meeting().getId())).orElseThrow();
        users.secretariat().call(() -> meetingService.update(meeting.getId(), meeting.getVersion(), new MeetingDetails(
                MeetingKind.JOINT_OPERATIONAL_MEETING, meeting.getTitle(), LocalDateTime.of(2030, 3, 4, 9, 0),
                LocalDateTime.of(2030, 3, 4, 17, 0), PARIS, "Headquarters", meeting.getVenue().getRoom(), "Lyon",
                "France", Set.of(acronymId("EUROPOL")), f.edition().getId(), null), true));
        assertThat(delta(beforeRestriction, byOrganisation(users.delegate())))
                .isEqualTo(Map.of("AFRIPOL IN_PROGRESS", -1L, "EUROPOL DONE", -1L));
        assertThat(users.delegate().call(() -> completionService.dashboard(10).ownOpen()))
                .extracting(ActionItem::getId).doesNotContain(f.afripolAction().getId());
    }

    // --- helpers ---

    /** Sets an action's status in its table, around JPA and its caches. */
    private void setStatusInTheTable(long actionId, ActionStatus status) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update action_item set status = ? where id = ?")) {
            update.setString(1, status.name());
            update.setLong(2, actionId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** The edition, meeting and draft minutes of one test, made by the secretariat. */
    private Fixture fixture() {
        Caller secretariat = users.secretariat();
        long afripol = acronymId("AFRIPOL");
        long europol = acronymId("EUROPOL");
        int number = 7_000_000 + ThreadLocalRandom.current().nextInt(1_000_000_000);
        DialogueEdition edition = secretariat.call(() -> {
            DialogueEdition e = editionService.schedule(new EditionDetails(number, "Edition " + number, 2030, null,
                    null, null, null, null, Set.of(afripol, europol)));
            e = editionService.addPriorityAxis(e.getId(), e.getVersion(), "Liaison networks");
            return editionService.addPriorityAxis(e.getId(), e.getVersion(), "Threat assessment");
        });
        long axis = edition.getPriorityAxes().get(0).getId();
        long otherAxis = edition.getPriorityAxes().get(1).getId();
        Meeting meeting = secretariat.call(() -> meetingService.schedule(new MeetingDetails(
                MeetingKind.JOINT_OPERATIONAL_MEETING, "Actions " + number, LocalDateTime.of(2030, 3, 4, 9, 0),
                LocalDateTime.of(2030, 3, 4, 17, 0), PARIS, "Headquarters", "Room " + number, "Lyon", "France",
                Set.of(afripol, europol), edition.getId(), null)));
        LocalDate today = secretariat.call(() -> actionService.today());
        Minutes minutes = secretariat.call(() -> {
            Minutes opened = minutesService.open(meeting.getId());
            return minutesService.saveDraft(opened.getId(), opened.getVersion(), new MinutesDraft(List.of(),
                    List.of(), List.of(new MinutesDraft.DecisionLine("Set up a liaison network", null, axis),
                    new MinutesDraft.DecisionLine("Assess the threat together", null, otherAxis)),
                    List.of(new MinutesDraft.ActionLine(null, "Appoint a liaison officer", afripol, "Amina Haddad",
                                    today.minusDays(1), 1, axis),
                            new MinutesDraft.ActionLine(null, "Share the threat assessment", europol, "Jan Visser",
                                    today.plusMonths(1), 2, otherAxis))));
        });
        List<ActionItem> actions = secretariat.call(() -> minutesService.actions(minutes.getId()));
        return new Fixture(edition, axis, otherAxis, meeting, minutes, actions.get(0), actions.get(1));
    }

    /** Circulates the fixture's minutes, with a deadline a week ahead, so the delegations read them. */
    private Fixture circulated(Fixture f) {
        users.secretariat().call(() -> minutesService.circulate(f.minutes().getId(), f.minutes().getVersion(),
                java.time.Instant.now().plus(Duration.ofDays(7))));
        return f;
    }

    private List<String> titles(Caller reader, ActionSearch search) {
        return reader.call(() -> actionService.search(search, 0, 100)).stream().map(ActionItem::getTitle).toList();
    }

    /** "AFRIPOL OPEN" -> count, as the reader's dashboard shows it now. */
    private Map<String, Long> byOrganisation(Caller reader) {
        Map<String, Long> counts = new HashMap<>();
        reader.call(() -> completionService.dashboard(10).byOrganisation())
                .forEach(c -> counts.put(c.label() + " " + c.status(), c.count()));
        return counts;
    }

    /** What changed between two readings (only the groups whose count moved). */
    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> changed = new HashMap<>();
        after.forEach((key, count) -> {
            long difference = count - before.getOrDefault(key, 0L);
            if (difference != 0) {
                changed.put(key, difference);
            }
        });
        before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(key -> changed.put(key,
                -before.get(key)));
        return changed;
    }

    private long acronymId(String acronym) {
        return users.secretariat().call(() -> organisationService.findByAcronym(acronym)).orElseThrow().getId();
    }
}
