package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.domain.agreement.AgreementKind;
import org.dialogue.meetings.domain.agreement.AgreementScope;
import org.dialogue.meetings.domain.agreement.AgreementStatus;
import org.dialogue.meetings.domain.agreement.CooperationAgreement;
import org.dialogue.meetings.domain.agreement.TooFewPartiesException;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.edition.DuplicateEditionNumberException;
import org.dialogue.meetings.domain.edition.EditionStatus;
import org.dialogue.meetings.domain.edition.PriorityAxis;
import org.dialogue.meetings.domain.meeting.AgendaItem;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingCancelledException;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.MeetingOutsideEditionException;
import org.dialogue.meetings.domain.meeting.MeetingSearch;
import org.dialogue.meetings.domain.meeting.NonPositiveDurationException;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.domain.meeting.SecondHeadOfDelegationException;
import org.dialogue.meetings.domain.organisation.DuplicateAcronymException;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.OrganisationKind;
import org.dialogue.meetings.domain.shared.InvalidInputException;
import org.dialogue.meetings.domain.shared.InvalidTimeRangeException;
import org.dialogue.meetings.domain.shared.NonExistentLocalTimeException;
import org.dialogue.meetings.domain.shared.StaleRecordException;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The services and their persistence in Payara Micro, on the H2 database migrated by Flyway. Each test makes its own
 * records (unique titles and numbers), so the tests do not depend on each other or on their order. Every call runs as
 * the role that may make it (see {@link TestUsers}): the secretariat schedules editions and meetings, the administrator
 * keeps organisations and agreements; the services refuse anonymous callers.
 */
@ContainerTest
class SchedulingServicesIT {

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
    private AgreementService agreementService;

    @EJB
    private EditionService editionService;

    @EJB
    private MeetingService meetingService;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
    }

    // --- reference data ---

    @Test
    void referenceDataHoldsTheOrganisationsAndTheFourPriorityAxesOnce() {
        users.secretariat().run(() -> {
            List<String> acronyms = organisationService.findAll().stream().map(Organisation::getAcronym).toList();
            assertThat(acronyms).contains("INTERPOL", "AFRIPOL", "AIMC", "AMERIPOL", "ASEANAPOL", "EUROPOL", "GCCPOL",
                    "ECO").doesNotHaveDuplicates();

            Organisation ameripol = organisationService.findByAcronym("AMERIPOL").orElseThrow();
            assertThat(ameripol.getFoundedYear()).isEqualTo(2007);
            assertThat(ameripol.getMemberCount()).isEqualTo(28);
            assertThat(ameripol.getObserverCount()).isEqualTo(19);
            assertThat(organisationService.findByAcronym("AFRIPOL").orElseThrow().getHeadquarters())
                    .isEqualTo("Algiers");
            assertThat(organisationService.findByAcronym("EUROPOL").orElseThrow().getHeadquarters()).isNull();

            assertThat(editionService.findLatestWithPriorities()).isPresent();
            DialogueEdition second = editionService.findByNumber(2).orElseThrow();
            assertThat(second.getPriorityAxes()).extracting(PriorityAxis::getTitle).hasSize(4)
                    .first().isEqualTo("Harmonisation of strategic planning");
            assertThat(second.getPlannedStart()).isNull();
            DialogueEdition third = editionService.findByNumber(3).orElseThrow();
            assertThat(third.getYear()).isEqualTo(2019);
            assertThat(third.getStatus()).isEqualTo(EditionStatus.PLANNED);
        });
    }

    // --- meetings, agenda, participants ---

    @Test
    void aScheduledMeetingIsReadBackWithItsInstantsAgendaAndParticipants() {
        users.secretariat().run(() -> {
            // 30 October 2027, 10:00 to 31 October 2027, 12:00 in Paris: the clocks go back in between.
            Meeting meeting = meetingService.schedule(details("Joint operational meeting " + unique(),
                    LocalDateTime.of(2027, 10, 30, 10, 0), LocalDateTime.of(2027, 10, 31, 12, 0), PARIS, null));
            long id = meeting.getId();
            meeting = meetingService.addAgendaItem(id, meeting.getVersion(),
                    new AgendaItemDetails("Opening", acronymId("INTERPOL"), 30, "Welcome"));
            meeting = meetingService.addParticipant(id, meeting.getVersion(),
                    new ParticipantDetails("Amina Haddad", acronymId("AFRIPOL"), ParticipantRole.HEAD_OF_DELEGATION));

            Meeting read = meetingService.find(id).orElseThrow();
            assertThat(read.getStartsAt()).isEqualTo(Instant.parse("2027-10-30T08:00:00Z")); // CEST, UTC+2
            assertThat(read.getEndsAt()).isEqualTo(Instant.parse("2027-10-31T11:00:00Z"));   // CET, UTC+1
            assertThat(read.getTimeZone()).isEqualTo(PARIS);
            assertThat(read.getSlot().duration()).hasHours(27);
            assertThat(read.getCoOrganisers()).extracting(Organisation::getAcronym).containsExactly("EUROPOL",
                    "INTERPOL");
            assertThat(read.getAgenda()).extracting(AgendaItem::getTitle).containsExactly("Opening");
            assertThat(read.getAgenda().get(0).getPresenter().getAcronym()).isEqualTo("INTERPOL");
            assertThat(read.getParticipants()).singleElement()
                    .satisfies(p -> assertThat(p.getOrganisation().getAcronym()).isEqualTo("AFRIPOL"));
        });
    }

    @Test
    void agendaItemsKeepTheOrderTheOrganiserGivesThem() {
        users.secretariat().run(() -> {
            Meeting meeting = scheduleSimpleMeeting();
            long id = meeting.getId();
            for (String title : List.of("Opening", "Liaison officers", "Data sharing")) {
                meeting = meetingService.addAgendaItem(id, meeting.getVersion(),
                        new AgendaItemDetails(title, null, 20, null));
            }
            long dataSharing = meeting.getAgenda().get(2).getId();
            meeting = meetingService.moveAgendaItem(id, meeting.getVersion(), dataSharing, 0);
            long opening = meeting.getAgenda().get(1).getId();
            meetingService.removeAgendaItem(id, meeting.getVersion(), opening);

            assertThat(meetingService.find(id).orElseThrow().getAgenda()).extracting(AgendaItem::getTitle)
                    .containsExactly("Data sharing", "Liaison officers");
        });
    }

    @Test
    void theMeetingsListFiltersSortsAndPages() {
        users.secretariat().run(() -> {
            String marker = unique();
            for (int day = 1; day <= 3; day++) {
                meetingService.schedule(details("List " + marker + " day " + day, LocalDateTime.of(2028, 3, day, 9, 0),
                        LocalDateTime.of(2028, 3, day, 17, 0), PARIS, null));
            }
            MeetingSearch search = new MeetingSearch(marker, null, null, acronymId("EUROPOL"), null, null, null,
                    MeetingSearch.SortField.START, true);

            assertThat(meetingService.count(search)).isEqualTo(3);
            assertThat(meetingService.search(search, 1, 2)).extracting(Meeting::getTitle)
                    .containsExactly("List " + marker + " day 2", "List " + marker + " day 3");
            assertThat(meetingService.count(new MeetingSearch(marker, MeetingKind.OTHER, null, null, null, null, null,
                    null, true))).isZero();
        });
    }

    // --- rules ---

    @Test
    void aMeetingThatEndsBeforeItStartsIsRefused() {
        users.secretariat().run(() -> {
            assertThatThrownBy(() -> meetingService.schedule(details("Backwards " + unique(),
                    LocalDateTime.of(2028, 1, 10, 12, 0), LocalDateTime.of(2028, 1, 10, 11, 0), PARIS, null)))
                    .isInstanceOf(InvalidTimeRangeException.class)
                    .hasMessageContaining("end must come after the start");
        });
    }

    @Test
    void aWallClockTimeSkippedByDaylightSavingIsRefused() {
        users.secretariat().run(() -> {
            assertThatThrownBy(() -> meetingService.schedule(details("Spring forward " + unique(),
                    LocalDateTime.of(2028, 3, 26, 2, 30), LocalDateTime.of(2028, 3, 26, 4, 0), PARIS, null)))
                    .isInstanceOf(NonExistentLocalTimeException.class)
                    .hasMessageContaining("Europe/Paris");
        });
    }

    @Test
    void aBlankTitleIsReportedAgainstTheTitleField() {
        users.secretariat().run(() -> {
            assertThatThrownBy(() -> meetingService.schedule(details("  ", LocalDateTime.of(2028, 1, 10, 9, 0),
                    LocalDateTime.of(2028, 1, 10, 11, 0), PARIS, null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                            .extracting(InvalidInputException.Violation::field).containsExactly("title"));
        });
    }

    @Test
    void anAgendaItemWithoutDurationIsRefused() {
        users.secretariat().run(() -> {
            Meeting meeting = scheduleSimpleMeeting();
            assertThatThrownBy(() -> meetingService.addAgendaItem(meeting.getId(), meeting.getVersion(),
                    new AgendaItemDetails("Coffee", null, 0, null)))
                    .isInstanceOf(NonPositiveDurationException.class);
            assertThat(meetingService.find(meeting.getId()).orElseThrow().getAgenda()).isEmpty();
        });
    }

    @Test
    void aDelegationHasOneHead() {
        users.secretariat().run(() -> {
            Meeting meeting = scheduleSimpleMeeting();
            Long europol = acronymId("EUROPOL");
            Meeting withHead = meetingService.addParticipant(meeting.getId(), meeting.getVersion(),
                    new ParticipantDetails("Head One", europol, ParticipantRole.HEAD_OF_DELEGATION));
            assertThatThrownBy(() -> meetingService.addParticipant(meeting.getId(), withHead.getVersion(),
                    new ParticipantDetails("Head Two", europol, ParticipantRole.HEAD_OF_DELEGATION)))
                    .isInstanceOf(SecondHeadOfDelegationException.class)
                    .hasMessageContaining("Head One");
        });
    }

    @Test
    void aMeetingOfAnEditionLiesWithinTheEditionDates() {
        users.secretariat().run(() -> {
            int number = 1000 + (int) (Math.random() * 1_000_000);
            DialogueEdition edition = editionService.schedule(new EditionDetails(number, "Edition " + number, null,
                    LocalDate.of(2029, 5, 14), LocalDate.of(2029, 5, 16), "Lyon", "France", PARIS, Set.of()));

            Meeting inside = meetingService.schedule(details("Session " + unique(), LocalDateTime.of(2029, 5, 15, 9, 0),
                    LocalDateTime.of(2029, 5, 15, 12, 0), PARIS, edition.getId()));
            assertThat(meetingService.findByEdition(edition.getId())).extracting(Meeting::getId)
                    .containsExactly(inside.getId());

            assertThatThrownBy(() -> meetingService.schedule(details("Session " + unique(),
                    LocalDateTime.of(2029, 5, 17, 9, 0), LocalDateTime.of(2029, 5, 17, 12, 0), PARIS, edition.getId())))
                    .isInstanceOf(MeetingOutsideEditionException.class)
                    .hasMessageContaining("2029-05-14 to 2029-05-16");
        });
    }

    @Test
    void editionNumbersAreUnique() {
        users.secretariat().run(() -> {
            assertThatThrownBy(() -> editionService.schedule(new EditionDetails(2, "Another second edition", null, null,
                    null, null, null, null, Set.of())))
                    .isInstanceOf(DuplicateEditionNumberException.class);
        });
    }

    @Test
    void priorityAxesAreRecordedInOrder() {
        users.secretariat().run(() -> {
            int number = 2000 + (int) (Math.random() * 1_000_000);
            DialogueEdition edition = editionService.schedule(new EditionDetails(number, "Edition " + number, 2030,
                    null, null, null, null, null, Set.of(acronymId("AFRIPOL"), acronymId("ECO"))));
            edition = editionService.addPriorityAxis(edition.getId(), edition.getVersion(), "First");
            edition = editionService.addPriorityAxis(edition.getId(), edition.getVersion(), "Second");
            long second = edition.getPriorityAxes().get(1).getId();
            editionService.movePriorityAxis(edition.getId(), edition.getVersion(), second, 0);

            DialogueEdition read = editionService.find(edition.getId()).orElseThrow();
            assertThat(editionService.nextNumber()).isGreaterThan(number);
            assertThat(read.getPriorityAxes()).extracting(PriorityAxis::getTitle).containsExactly("Second", "First");
            assertThat(read.getParticipants()).extracting(Organisation::getAcronym).containsExactly("AFRIPOL", "ECO");
        });
    }

    @Test
    void anAgreementNeedsTwoParties() {
        users.administrator().run(() -> {
            assertThatThrownBy(() -> agreementService.register(new AgreementDetails("Lonely " + unique(),
                    AgreementKind.OPERATIONAL, Set.of(acronymId("EUROPOL")), Set.of(), null, AgreementStatus.DRAFT,
                    null)))
                    .isInstanceOf(TooFewPartiesException.class);

            CooperationAgreement agreement = agreementService.register(new AgreementDetails("Pair " + unique(),
                    AgreementKind.OPERATIONAL, Set.of(acronymId("EUROPOL"), acronymId("INTERPOL")),
                    Set.of(AgreementScope.JOINT_OPERATIONS, AgreementScope.CRIMINAL_DATA_SHARING), null,
                    AgreementStatus.IN_FORCE, null));
            assertThat(agreementService.findByParty(acronymId("INTERPOL"))).extracting(CooperationAgreement::getId)
                    .contains(agreement.getId());
            assertThat(agreementService.find(agreement.getId()).orElseThrow().getScopes())
                    .containsExactlyInAnyOrder(AgreementScope.JOINT_OPERATIONS, AgreementScope.CRIMINAL_DATA_SHARING);
        });
    }

    @Test
    void acronymsAreUniqueWhateverTheirCase() {
        users.administrator().run(() -> {
            assertThatThrownBy(() -> organisationService.register(new OrganisationDetails("europol", "Another",
                    OrganisationKind.OTHER, null, null, null, null, null)))
                    .isInstanceOf(DuplicateAcronymException.class);
        });
    }

    // --- concurrent edits ---

    @Test
    void aSecondEditMadeOnTheSameVersionIsRefusedAndChangesNothing() {
        users.secretariat().run(() -> {
            Meeting loadedByBoth = scheduleSimpleMeeting();
            long id = loadedByBoth.getId();
            long version = loadedByBoth.getVersion();

            meetingService.update(id, version, details("First editor's title", LocalDateTime.of(2028, 6, 1, 9, 0),
                    LocalDateTime.of(2028, 6, 1, 17, 0), PARIS, null));

            assertThatThrownBy(() -> meetingService.update(id, version, details("Second editor's title",
                    LocalDateTime.of(2028, 6, 1, 9, 0), LocalDateTime.of(2028, 6, 1, 17, 0), PARIS, null)))
                    .isInstanceOf(StaleRecordException.class)
                    .hasMessageContaining("Someone else saved this meeting");
            assertThatThrownBy(() -> meetingService.addAgendaItem(id, version,
                    new AgendaItemDetails("Late item", null, 10, null)))
                    .isInstanceOf(StaleRecordException.class);

            Meeting read = meetingService.find(id).orElseThrow();
            assertThat(read.getTitle()).isEqualTo("First editor's title");
            assertThat(read.getAgenda()).isEmpty();
        });
    }

    @Test
    void aCancelledMeetingCannotBeChanged() {
        users.secretariat().run(() -> {
            Meeting meeting = scheduleSimpleMeeting();
            Meeting cancelled = meetingService.cancel(meeting.getId(), meeting.getVersion());
            assertThatThrownBy(() -> meetingService.addAgendaItem(meeting.getId(), cancelled.getVersion(),
                    new AgendaItemDetails("Too late", null, 10, null)))
                    .isInstanceOf(MeetingCancelledException.class);
        });
    }

    // --- helpers ---

    private Meeting scheduleSimpleMeeting() {
        return meetingService.schedule(details("Meeting " + unique(), LocalDateTime.of(2028, 2, 1, 9, 0),
                LocalDateTime.of(2028, 2, 1, 17, 0), PARIS, null));
    }

    private MeetingDetails details(String title, LocalDateTime start, LocalDateTime end, ZoneId zone, Long edition) {
        return new MeetingDetails(MeetingKind.JOINT_OPERATIONAL_MEETING, title, start, end, zone, "Headquarters",
                "Room " + unique(), "Lyon", "France", Set.of(acronymId("INTERPOL"), acronymId("EUROPOL")), edition, null);
    }

    private Long acronymId(String acronym) {
        return organisationService.findByAcronym(acronym).orElseThrow().getId();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
