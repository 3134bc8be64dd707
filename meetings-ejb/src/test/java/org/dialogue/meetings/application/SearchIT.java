package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.domain.action.ActionStatus;
import org.dialogue.meetings.domain.meeting.Classification;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesState;
import org.dialogue.meetings.domain.search.SearchHit;
import org.dialogue.meetings.domain.search.SearchKind;
import org.dialogue.meetings.domain.search.SearchQuery;
import org.dialogue.meetings.testing.Caller;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search box in the container, through the services: minutes written and circulated by the secretariat, then
 * searched by each kind of reader. Every test writes a word of its own (a marker) into its texts and searches with it,
 * so it finds only its own records whatever else the database holds.
 */
@ContainerTest
class SearchIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @Inject
    private Clock clock;

    @EJB
    private MeetingService meetingService;

    @EJB
    private MinutesService minutesService;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private SearchService searchService;

    private String marker;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
        marker = "m" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void wordsAreFoundWhateverTheirCaseAndAccentsAndLinkToTheExactPlace() {
        Minutes afripol = circulated("AFRIPOL", LocalDate.of(2031, 3, 10));

        List<SearchHit> hits = search(users.secretariat(), "SECURITE " + marker);

        assertThat(hits).hasSize(1);
        SearchHit hit = hits.get(0);
        assertThat(hit.kind()).isEqualTo(SearchKind.NOTES);
        assertThat(hit.match()).isEqualTo("Sécurité");
        assertThat(hit.before()).isEqualTo("La ");
        assertThat(hit.after()).startsWith(" des frontières");
        assertThat(hit.minutesId()).isEqualTo(afripol.getId());
        assertThat(hit.revision()).isEqualTo(1);
        assertThat(hit.meetingTitle()).isEqualTo(afripol.getMeeting().getTitle());
        long itemId = afripol.getItems().get(0).getId();
        assertThat(hit.link()).isEqualTo("minutes/view.xhtml?id=" + afripol.getId() + "#item-" + itemId);
        assertThat(users.secretariat().call(() -> searchService.count(SearchQuery.words("sécurité " + marker))))
                .isEqualTo(1);
    }

    @Test
    void aWordIsFoundByItsBeginningInNotesDecisionsAndActions() {
        Minutes minutes = circulated("AFRIPOL", LocalDate.of(2031, 3, 11));

        List<SearchHit> hits = search(users.secretariat(), "Cyber " + marker);

        assertThat(hits).extracting(SearchHit::kind)
                .containsExactlyInAnyOrder(SearchKind.NOTES, SearchKind.DECISION, SearchKind.ACTION);
        SearchHit decision = hits.stream().filter(h -> h.kind() == SearchKind.DECISION).findFirst().orElseThrow();
        assertThat(decision.link()).isEqualTo("minutes/view.xhtml?id=" + minutes.getId() + "#decision-1");
        assertThat(decision.match()).isEqualTo("cybercriminalité");
        SearchHit action = hits.stream().filter(h -> h.kind() == SearchKind.ACTION).findFirst().orElseThrow();
        long actionId = users.secretariat().call(() -> minutesService.actions(minutes.getId())).get(0).getId();
        assertThat(action.link()).isEqualTo("minutes/view.xhtml?id=" + minutes.getId() + "#action-" + actionId);
        assertThat(action.place()).isEqualTo("Former les enquêteurs à la cybersécurité " + marker);
        // a word in the middle does not match: prefixes only
        assertThat(search(users.secretariat(), "criminalite " + marker)).isEmpty();
    }

    @Test
    void everyWordMustBeFoundAtTheSamePlace() {
        circulated("AFRIPOL", LocalDate.of(2031, 3, 12));

        assertThat(search(users.secretariat(), "frontieres cybercrim " + marker)).extracting(SearchHit::kind)
                .containsExactly(SearchKind.NOTES);
        assertThat(search(users.secretariat(), "renforcer cybercrim " + marker)).extracting(SearchHit::kind)
                .containsExactly(SearchKind.DECISION);
        // both words exist, but never at one place
        assertThat(search(users.secretariat(), "frontieres enqueteurs " + marker)).isEmpty();
        assertThat(users.secretariat().call(() -> searchService.count(
                SearchQuery.words("frontieres enqueteurs " + marker)))).isZero();
    }

    @Test
    void aDelegationNeverFindsAnotherOrganisationsRestrictedMeeting() {
        Minutes afripol = circulated("AFRIPOL", LocalDate.of(2031, 3, 13));
        Minutes europol = circulated("EUROPOL", LocalDate.of(2031, 3, 14));

        assertThat(minutesIds(search(users.secretariat(), marker))).containsOnly(afripol.getId(), europol.getId());
        assertThat(minutesIds(search(users.delegate(), marker))).containsOnly(afripol.getId());
        assertThat(minutesIds(search(users.observer(), marker))).containsOnly(afripol.getId());
        assertThat(minutesIds(search(users.secondDelegate(), marker))).containsOnly(europol.getId());
        assertThat(search(users.administrator(), marker)).isEmpty();
        // counts and pages say the same
        assertThat(count(users.secretariat(), marker)).isEqualTo(6);
        assertThat(count(users.delegate(), marker)).isEqualTo(3);
        assertThat(count(users.secondDelegate(), marker)).isEqualTo(3);
        assertThat(users.delegate().call(() -> searchService.search(SearchQuery.words("cyber " + marker), 1, 10, 0)))
                .hasSize(2);
    }

    @Test
    void aDraftNeverCirculatedIsFoundByTheSecretariatOnly() {
        Minutes draft = draft("AFRIPOL", LocalDate.of(2031, 3, 15), "Sécurité");

        assertThat(minutesIds(search(users.secretariat(), "securite " + marker))).containsOnly(draft.getId());
        assertThat(search(users.delegate(), "securite " + marker)).isEmpty();
        assertThat(count(users.delegate(), marker)).isZero();
    }

    @Test
    void savingTheDraftAgainReplacesItsWordsInTheIndex() {
        Minutes draft = draft("AFRIPOL", LocalDate.of(2031, 3, 16), "Ancienmot");
        assertThat(search(users.secretariat(), "ancienmot " + marker)).hasSize(1);

        Minutes saved = users.secretariat().call(() -> minutesService.saveDraft(draft.getId(), draft.getVersion(),
                content(draft, "Nouveaumot", "Autre décision " + marker, "Autre action " + marker)));

        assertThat(search(users.secretariat(), "ancienmot " + marker)).isEmpty();
        assertThat(search(users.secretariat(), "nouveaumot " + marker)).extracting(SearchHit::minutesId)
                .containsExactly(saved.getId());
        // the decision and the action were rewritten without "cyber": only the notes still have it
        assertThat(search(users.secretariat(), "cyber " + marker)).extracting(SearchHit::kind)
                .containsExactly(SearchKind.NOTES);
        assertThat(search(users.secretariat(), "autre " + marker)).extracting(SearchHit::kind)
                .containsExactlyInAnyOrder(SearchKind.DECISION, SearchKind.ACTION);
    }

    @Test
    void aCorrectionIsFoundInsteadOfTheRevisionItCorrects() {
        Minutes first = circulated("AFRIPOL", LocalDate.of(2031, 6, 2));
        Minutes approved = users.delegate().call(() -> minutesService.approve(first.getId(), 1));
        assertThat(approved.getState()).isEqualTo(MinutesState.APPROVED);
        assertThat(minutesIds(search(users.delegate(), marker))).containsExactly(approved.getId());

        Minutes correction = users.secretariat().call(() -> minutesService.correct(approved.getId(), "A name"));

        // the index keeps the newest revision only: the approved one is no longer found, by anyone
        List<SearchHit> found = search(users.secretariat(), marker);
        assertThat(found).hasSize(3).extracting(SearchHit::minutesId).containsOnly(correction.getId());
        assertThat(found).extracting(SearchHit::revision).containsOnly(2);
        assertThat(search(users.delegate(), marker)).as("the minutes were shared: so is their correction")
                .hasSize(3).extracting(SearchHit::revision).containsOnly(2);
    }

    @Test
    void countingStopsPastAThousandPlaces() {
        Minutes opened = openMinutes("AFRIPOL", LocalDate.of(2031, 7, 1));
        long organisationId = organisation("AFRIPOL");
        List<MinutesDraft.ActionLine> actions = new ArrayList<>();
        for (int i = 0; i <= SearchService.MOST_COUNTED; i++) { // one more than counted
            actions.add(new MinutesDraft.ActionLine(null, "Action " + i + " " + marker, organisationId, "Jeanne Dupont",
                    LocalDate.of(2031, 12, 1), null, null));
        }
        users.secretariat().call(() -> minutesService.saveDraft(opened.getId(), opened.getVersion(),
                new MinutesDraft(List.of(), List.of(), List.of(), actions)));

        assertThat(count(users.secretariat(), marker)).isEqualTo(SearchService.MOST_COUNTED + 1);
        assertThat(count(users.secretariat(), "999 " + marker)).as("below the bound, exact").isEqualTo(1);
        // every place counted can be paged to (with the count the page has: read from the newest meetings down)
        assertThat(users.secretariat().call(() -> searchService.search(SearchQuery.words(marker),
                SearchService.MOST_COUNTED - 5, 20, SearchService.MOST_COUNTED + 1))).hasSize(6);
    }

    @Test
    void filtersNarrowTheSearch() {
        Minutes afripol = circulated("AFRIPOL", LocalDate.of(2031, 3, 17));
        Minutes europol = circulated("EUROPOL", LocalDate.of(2031, 5, 17));
        long europolId = organisation("EUROPOL");
        Caller secretariat = users.secretariat();

        assertThat(find(secretariat, new SearchQuery(marker, SearchKind.ACTION, null, null, null, null, null, null)))
                .extracting(SearchHit::kind).containsOnly(SearchKind.ACTION).hasSize(2);
        assertThat(minutesIds(find(secretariat, new SearchQuery(marker, null, null, europolId, null, null, null,
                null)))).containsOnly(europol.getId());
        assertThat(find(secretariat, new SearchQuery(marker, null, null, null, ActionStatus.OPEN, null, null, null)))
                .extracting(SearchHit::kind).containsOnly(SearchKind.ACTION).hasSize(2);
        assertThat(find(secretariat, new SearchQuery(marker, null, null, null, ActionStatus.DONE, null, null, null)))
                .isEmpty();
        assertThat(find(secretariat, new SearchQuery(marker, null, null, null, null, MinutesState.DRAFT, null,
                null))).isEmpty();
        assertThat(find(secretariat, new SearchQuery(marker, null, null, null, null, MinutesState.CIRCULATED, null,
                null))).hasSize(6);
        assertThat(minutesIds(find(secretariat, new SearchQuery(marker, null, null, null, null, null,
                LocalDate.of(2031, 3, 17), LocalDate.of(2031, 3, 17))))).containsOnly(afripol.getId());
        assertThat(minutesIds(find(secretariat, new SearchQuery(marker, null, null, null, null, null,
                LocalDate.of(2031, 4, 1), null)))).containsOnly(europol.getId());
        // the newest meeting first
        assertThat(search(secretariat, marker).get(0).minutesId()).isEqualTo(europol.getId());
    }

    /**
     * Past the count's bound a page is read from the newest meetings down (SearchRepository.search): the same places
     * in the same order as read from the word's places, on every page, for each reader, with meetings that start at
     * the same time (ordered by their places' records) and with filters and further words.
     */
    @Test
    void aPageReadFromTheNewestMeetingsDownHoldsThePlacesOfAPageReadFromTheWord() {
        circulated("AFRIPOL", LocalDate.of(2031, 8, 1));
        circulated("EUROPOL", LocalDate.of(2031, 8, 3));
        circulated("AFRIPOL", LocalDate.of(2031, 8, 3)); // the same start as the one before
        circulated("AFRIPOL", LocalDate.of(2031, 8, 5));
        circulated("GCCPOL", LocalDate.of(2031, 8, 7));
        long afripolId = organisation("AFRIPOL");
        List<SearchQuery> queries = List.of(SearchQuery.words(marker), SearchQuery.words("cyber " + marker),
                new SearchQuery(marker, SearchKind.ACTION, null, null, null, null, null, null),
                new SearchQuery(marker, null, null, afripolId, null, null, LocalDate.of(2031, 8, 2), null));
        int size = 3;
        for (Caller caller : List.of(users.secretariat(), users.delegate())) {
            for (SearchQuery query : queries) {
                List<SearchHit> all = caller.call(() -> searchService.search(query, 0, 100, 0));
                assertThat(all).as("places of " + query).isNotEmpty();
                for (int first = 0; first <= all.size(); first += size - 1) { // overlapping pages
                    int from = first;
                    List<SearchHit> fromTheWord = caller.call(() -> searchService.search(query, from, size, 0));
                    List<SearchHit> newestDown = caller.call(() -> searchService.search(query, from, size,
                            SearchService.MOST_COUNTED + 1));
                    assertThat(newestDown).as("page from " + from + " of " + query).isEqualTo(fromTheWord)
                            .isEqualTo(all.subList(from, Math.min(from + size, all.size())));
                }
            }
        }
        // five minutes with three places each for the secretariat; the delegate (AFRIPOL) sees AFRIPOL's three
        assertThat(search(users.secretariat(), marker)).hasSize(15);
        assertThat(search(users.delegate(), marker)).hasSize(9);
    }

    @Test
    void aQueryWithoutWordsFindsNothing() {
        assertThat(search(users.secretariat(), "  ,;  ")).isEmpty();
        assertThat(count(users.secretariat(), "")).isZero();
        assertThat(users.delegate().call(() -> searchService.search(null, 0, 10, 0))).isEmpty();
    }

    // --- helpers ---

    /** Minutes of a restricted meeting co-organised by the organisation only, saved and circulated. */
    private Minutes circulated(String acronym, LocalDate day) {
        Minutes draft = draft(acronym, day, "Sécurité");
        return users.secretariat().call(() -> minutesService.circulate(draft.getId(), draft.getVersion(),
                clock.instant().plus(Duration.ofDays(14))));
    }

    /** Minutes saved once as a draft: notes with the given word, a decision and an action, all with the marker. */
    private Minutes draft(String acronym, LocalDate day, String word) {
        Minutes opened = openMinutes(acronym, day);
        return users.secretariat().call(() -> minutesService.saveDraft(opened.getId(), opened.getVersion(),
                content(opened, word, "Renforcer la coopération contre la cybercriminalité " + marker,
                        "Former les enquêteurs à la cybersécurité " + marker)));
    }

    /** Minutes just opened for a new restricted meeting co-organised by the organisation only, with one agenda item. */
    private Minutes openMinutes(String acronym, LocalDate day) {
        long organisationId = organisation(acronym);
        Caller secretariat = users.secretariat();
        Meeting meeting = secretariat.call(() -> meetingService.schedule(new MeetingDetails(
                MeetingKind.JOINT_OPERATIONAL_MEETING, "Search " + acronym + " " + marker, day.atTime(9, 0),
                day.atTime(12, 0), PARIS, "Headquarters", "Room " + java.util.UUID.randomUUID(), "Lyon", "France", Set.of(organisationId), null,
                null, Classification.RESTRICTED, null)));
        Meeting withAgenda = secretariat.call(() -> meetingService.addAgendaItem(meeting.getId(), meeting.getVersion(),
                new AgendaItemDetails("Border security", null, 30, null)));
        return secretariat.call(() -> minutesService.open(withAgenda.getId()));
    }

    private MinutesDraft content(Minutes minutes, String word, String decision, String action) {
        long organisationId = minutes.getMeeting().getCoOrganisers().iterator().next().getId();
        String notes = "<p>La <b>" + word + "</b> des frontières et la cybercriminalité transfrontalière, "
                + marker + ".</p>";
        return new MinutesDraft(List.of(new MinutesDraft.Notes(minutes.getItems().get(0).getId(), notes)), List.of(),
                List.of(new MinutesDraft.DecisionLine(decision, null, null)),
                List.of(new MinutesDraft.ActionLine(null, action, organisationId, "Jeanne Dupont",
                        LocalDate.of(2031, 12, 1), 1, null)));
    }

    private List<SearchHit> search(Caller caller, String text) {
        return find(caller, SearchQuery.words(text));
    }

    private List<SearchHit> find(Caller caller, SearchQuery query) {
        return caller.call(() -> searchService.search(query, 0, 100, 0));
    }

    private long count(Caller caller, String text) {
        return caller.call(() -> searchService.count(SearchQuery.words(text)));
    }

    private long organisation(String acronym) {
        return users.secretariat().call(() -> organisationService.findByAcronym(acronym)).orElseThrow().getId();
    }

    private static List<Long> minutesIds(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::minutesId).distinct().toList();
    }
}
