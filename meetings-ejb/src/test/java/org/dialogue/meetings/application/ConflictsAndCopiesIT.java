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
import java.util.concurrent.ThreadLocalRandom;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.domain.agreement.AgreementKind;
import org.dialogue.meetings.domain.agreement.AgreementStatus;
import org.dialogue.meetings.domain.agreement.CooperationAgreement;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.edition.PriorityAxis;
import org.dialogue.meetings.domain.meeting.AgendaItem;
import org.dialogue.meetings.domain.meeting.Classification;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.Participant;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.domain.meeting.PeopleBusyException;
import org.dialogue.meetings.domain.meeting.PersonConflict;
import org.dialogue.meetings.domain.meeting.RoomTakenException;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.testing.Caller;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.PeopleFixture;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's conflicts and copies in the container: a room of a venue is taken by one scheduled meeting at a time
 * (scheduling, rescheduling and copying are refused, naming the other meeting), people in two meetings at once are a
 * warning the organiser may confirm, the calendar's range query keeps need-to-know, and meetings and editions are
 * copied to "the next one". Each test uses a venue and people of its own, so the tests pass in any order and on a
 * database other classes have written to.
 */
@ContainerTest
class ConflictsAndCopiesIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @EJB
    private MeetingService meetingService;

    @EJB
    private EditionService editionService;

    @EJB
    private AgreementService agreementService;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private PeopleFixture people;

    private Caller secretariat;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
        secretariat = users.secretariat();
    }

    // --- rooms ---

    @Test
    void aRoomTakenAtAnOverlappingTimeIsRefusedNamingTheOtherMeetingAlsoOnReschedule() {
        String venue = "Palais " + unique();
        Meeting first = schedule("First " + unique(), at(2032, 1, 12, 10, 0), at(2032, 1, 12, 12, 0), venue,
                "Salle 1");

        // The same room, written differently: case and spaces do not make it another room.
        RoomTakenException refused = catchRoomTaken(() -> schedule("Second " + unique(), at(2032, 1, 12, 11, 0),
                at(2032, 1, 12, 13, 0), " " + venue.toUpperCase(), "salle   1 "));
        assertThat(refused.otherMeetingId()).isEqualTo(first.getId());
        assertThat(refused.getMessage()).contains("\"" + first.getTitle() + "\"", "12:00 CET", "10:00");
        assertThat(refused.field()).contains("venueRoom");

        // Touching is not overlapping; another room, or no room, never conflicts.
        Meeting after = schedule("After " + unique(), at(2032, 1, 12, 12, 0), at(2032, 1, 12, 13, 0), venue,
                "Salle 1");
        schedule("Next door " + unique(), at(2032, 1, 12, 10, 0), at(2032, 1, 12, 12, 0), venue, "Salle 2");
        schedule("Unnamed room " + unique(), at(2032, 1, 12, 10, 0), at(2032, 1, 12, 12, 0), venue, null);

        // Rescheduling runs the same check, through the form and through the calendar's move.
        assertThat(catchRoomTaken(() -> secretariat.call(() -> meetingService.update(after.getId(),
                after.getVersion(), details(after.getTitle(), at(2032, 1, 12, 11, 30), at(2032, 1, 12, 12, 30),
                        venue, "Salle 1"))))
                .otherMeetingId()).isEqualTo(first.getId());
        assertThat(catchRoomTaken(() -> secretariat.call(() -> meetingService.reschedule(after.getId(),
                after.getVersion(), LocalDateTime.of(2032, 1, 12, 9, 0), LocalDateTime.of(2032, 1, 12, 10, 30),
                false))).otherMeetingId()).isEqualTo(first.getId());
        Meeting unchanged = secretariat.call(() -> meetingService.find(after.getId())).orElseThrow();
        assertThat(unchanged.getVersion()).isEqualTo(after.getVersion());
        assertThat(unchanged.getStartsAt()).isEqualTo(after.getStartsAt());

        // A cancelled meeting frees its room.
        secretariat.call(() -> meetingService.cancel(first.getId(), first.getVersion()));
        Meeting moved = secretariat.call(() -> meetingService.reschedule(after.getId(), after.getVersion(),
                LocalDateTime.of(2032, 1, 12, 10, 0), LocalDateTime.of(2032, 1, 12, 12, 0), false));
        assertThat(moved.getSlot().localStart().toLocalDateTime()).isEqualTo(LocalDateTime.of(2032, 1, 12, 10, 0));
        assertThat(moved.getVersion()).isGreaterThan(after.getVersion());
        assertThat(moved.getCalendarSequence()).isGreaterThan(after.getCalendarSequence());
    }

    @Test
    void theRoomIsComparedWithoutCaseOrSpacesAndAMeetingNeverConflictsWithItself() {
        String venue = "Centre " + unique();
        Meeting meeting = schedule("Retitled " + unique(), at(2032, 2, 2, 9, 0), at(2032, 2, 2, 10, 0), venue,
                "Room A");
        Meeting retitled = secretariat.call(() -> meetingService.update(meeting.getId(), meeting.getVersion(),
                details("Retitled again " + unique(), at(2032, 2, 2, 9, 0), at(2032, 2, 2, 10, 0), venue,
                        "room a")));
        assertThat(retitled.getTitle()).startsWith("Retitled again");
        assertThat(retitled.getRoomKey()).isEqualTo("lyon|" + venue.toLowerCase() + "|room a");
    }

    // --- people ---

    @Test
    void aPersonInTwoOverlappingMeetingsIsAWarningTheOrganiserMayConfirm() {
        long afripol = organisation("AFRIPOL");
        String name = "Amina Haddad " + unique();
        long amina = people.person(afripol, name);
        long other = people.person(afripol, "Other person " + unique());
        Meeting morning = withPerson(schedule("Morning " + unique(), at(2032, 3, 2, 9, 0), at(2032, 3, 2, 11, 0),
                null, null), amina);
        Meeting afternoon = withPerson(withPerson(schedule("Afternoon " + unique(), at(2032, 3, 2, 14, 0),
                at(2032, 3, 2, 16, 0), null, null), amina), other);

        // Moving the afternoon meeting onto the morning: a warning naming both meetings, nothing saved.
        PeopleBusyException warning = catchPeopleBusy(() -> secretariat.call(() -> meetingService.reschedule(
                afternoon.getId(), afternoon.getVersion(), LocalDateTime.of(2032, 3, 2, 10, 0),
                LocalDateTime.of(2032, 3, 2, 12, 0), false)));
        assertThat(warning.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.personId()).isEqualTo(amina);
            assertThat(conflict.meetingTitle()).isEqualTo(afternoon.getTitle());
            assertThat(conflict.otherMeetingId()).isEqualTo(morning.getId());
        });
        assertThat(warning.getMessage()).contains(name + " (AFRIPOL)", "\"" + afternoon.getTitle() + "\"",
                "\"" + morning.getTitle() + "\"", "09:00 – 11:00 CET", "Save anyway");
        assertThat(secretariat.call(() -> meetingService.find(afternoon.getId())).orElseThrow().getVersion())
                .isEqualTo(afternoon.getVersion());

        // Confirmed: saved.
        Meeting moved = secretariat.call(() -> meetingService.reschedule(afternoon.getId(), afternoon.getVersion(),
                LocalDateTime.of(2032, 3, 2, 10, 0), LocalDateTime.of(2032, 3, 2, 12, 0), true));
        assertThat(moved.getSlot().localStart().getHour()).isEqualTo(10);

        // Adding someone who is elsewhere at the time runs the same check; adding anyone else does not warn.
        Meeting third = schedule("Third " + unique(), at(2032, 3, 2, 11, 30), at(2032, 3, 2, 13, 0), null, null);
        assertThat(catchPeopleBusy(() -> secretariat.call(() -> meetingService.addPersonAsParticipant(third.getId(),
                third.getVersion(), other, ParticipantRole.DELEGATE, false))).conflicts())
                .extracting(PersonConflict::otherMeetingId).containsExactly(afternoon.getId());
        long newcomer = people.person(afripol, "Newcomer " + unique());
        Meeting withNewcomer = secretariat.call(() -> meetingService.addPersonAsParticipant(third.getId(),
                third.getVersion(), newcomer, ParticipantRole.DELEGATE, false));
        Meeting withBoth = secretariat.call(() -> meetingService.addPersonAsParticipant(third.getId(),
                withNewcomer.getVersion(), other, ParticipantRole.DELEGATE, true));
        assertThat(withBoth.personIds()).containsExactlyInAnyOrder(newcomer, other);

        // A cancelled meeting keeps nobody busy.
        Meeting afternoonNow = secretariat.call(() -> meetingService.find(afternoon.getId())).orElseThrow();
        secretariat.call(() -> meetingService.cancel(afternoonNow.getId(), afternoonNow.getVersion()));
        secretariat.call(() -> meetingService.cancel(morning.getId(), morning.getVersion()));
        Meeting fourth = schedule("Fourth " + unique(), at(2032, 3, 2, 10, 0), at(2032, 3, 2, 11, 0), null, null);
        assertThat(secretariat.call(() -> meetingService.addPersonAsParticipant(fourth.getId(), fourth.getVersion(),
                amina, ParticipantRole.HEAD_OF_DELEGATION, false)).personIds()).containsExactly(amina);
    }

    // --- the calendar ---

    @Test
    void theCalendarRangeHoldsOnlyWhatTheCallerMaySeeAndFilters() {
        long afripol = organisation("AFRIPOL");
        long europol = organisation("EUROPOL");
        String venue = "Calendar " + unique();
        Meeting ours = schedule("Ours " + unique(), at(2032, 4, 6, 9, 0), at(2032, 4, 6, 10, 0), venue, "1",
                Set.of(afripol), MeetingKind.JOINT_OPERATIONAL_MEETING);
        Meeting theirs = schedule("Theirs " + unique(), at(2032, 4, 7, 9, 0), at(2032, 4, 7, 10, 0), venue, "1",
                Set.of(europol), MeetingKind.OTHER);
        Meeting outside = schedule("Outside " + unique(), at(2032, 4, 20, 9, 0), at(2032, 4, 20, 10, 0), venue, "1",
                Set.of(afripol), MeetingKind.JOINT_OPERATIONAL_MEETING);
        Instant from = at(2032, 4, 5, 0, 0).atZone(PARIS).toInstant();
        Instant to = at(2032, 4, 12, 0, 0).atZone(PARIS).toInstant();

        assertThat(ids(secretariat.call(() -> meetingService.findBetween(from, to, null, null))))
                .contains(ours.getId(), theirs.getId()).doesNotContain(outside.getId());
        assertThat(ids(users.delegate().call(() -> meetingService.findBetween(from, to, null, null))))
                .contains(ours.getId()).doesNotContain(theirs.getId(), outside.getId());
        assertThat(ids(secretariat.call(() -> meetingService.findBetween(from, to, europol, null))))
                .contains(theirs.getId()).doesNotContain(ours.getId());
        assertThat(ids(secretariat.call(() -> meetingService.findBetween(from, to, null, MeetingKind.OTHER))))
                .contains(theirs.getId()).doesNotContain(ours.getId());
        // A meeting that started before the range and ends inside it is in it; one ending at its start is not.
        Instant tenOClock = at(2032, 4, 6, 10, 0).atZone(PARIS).toInstant();
        assertThat(ids(secretariat.call(() -> meetingService.findBetween(tenOClock, to, null, null))))
                .doesNotContain(ours.getId());
        assertThat(ids(secretariat.call(() -> meetingService.findBetween(tenOClock.minusSeconds(60), to, null,
                null)))).contains(ours.getId());
    }

    // --- the next one ---

    @Test
    void aMeetingIsCopiedToANewDateWithItsContentAtTheSameVenueTimes() {
        long afripol = organisation("AFRIPOL");
        long europol = organisation("EUROPOL");
        long amina = people.person(afripol, "Amina " + unique());
        int number = 8_000_000 + ThreadLocalRandom.current().nextInt(1_000_000_000);
        DialogueEdition edition = secretariat.call(() -> editionService.schedule(new EditionDetails(number,
                "Edition " + number, 2030, LocalDate.of(2030, 3, 1), LocalDate.of(2030, 4, 30), "Lyon", "France",
                PARIS, Set.of(afripol, europol))));
        CooperationAgreement agreement = users.administrator().call(() -> agreementService.register(
                new AgreementDetails("Copied agreement " + unique(), AgreementKind.OPERATIONAL,
                        Set.of(afripol, europol), Set.of(), null, AgreementStatus.IN_FORCE, null)));
        long delegateId = users.account(TestUsers.DELEGATE).getId();
        String venue = "Copy venue " + unique();
        // 27 March 2030 is winter time in Paris, 3 April summer time: the copy keeps the wall-clock times.
        Meeting original = secretariat.call(() -> meetingService.schedule(new MeetingDetails(
                MeetingKind.JOINT_OPERATIONAL_MEETING, "Original " + unique(), at(2030, 3, 27, 9, 0),
                at(2030, 3, 27, 17, 0), PARIS, venue, "Room 1", "Lyon", "France", Set.of(afripol, europol),
                edition.getId(), agreement.getId(), Classification.CONFIDENTIAL, Set.of(delegateId))));
        Meeting withAgenda = secretariat.call(() -> meetingService.addAgendaItem(original.getId(),
                original.getVersion(), new AgendaItemDetails("Opening", afripol, 30, "Notes")));
        Meeting withName = secretariat.call(() -> meetingService.addParticipant(original.getId(),
                withAgenda.getVersion(), new ParticipantDetails("Jan Visser", europol, ParticipantRole.DELEGATE)));
        Meeting full = withPerson(withName, amina);

        // The same date and room: refused like any other double booking.
        assertThat(catchRoomTaken(() -> secretariat.call(() -> meetingService.copy(full.getId(),
                LocalDate.of(2030, 3, 27), edition.getId(), false))).otherMeetingId()).isEqualTo(full.getId());

        Meeting copy = secretariat.call(() -> meetingService.copy(full.getId(), LocalDate.of(2030, 4, 3),
                edition.getId(), false));
        Meeting loaded = secretariat.call(() -> meetingService.find(copy.getId())).orElseThrow();
        assertThat(loaded.getId()).isNotEqualTo(full.getId());
        assertThat(loaded.getTitle()).isEqualTo(full.getTitle());
        assertThat(loaded.getSlot().localStart().toLocalDateTime()).isEqualTo(at(2030, 4, 3, 9, 0));
        assertThat(loaded.getSlot().localEnd().toLocalDateTime()).isEqualTo(at(2030, 4, 3, 17, 0));
        assertThat(loaded.getStartsAt()).isEqualTo(Instant.parse("2030-04-03T07:00:00Z"));
        assertThat(full.getStartsAt()).isEqualTo(Instant.parse("2030-03-27T08:00:00Z"));
        assertThat(loaded.getVenue()).isEqualTo(full.getVenue());
        assertThat(loaded.getEdition().getId()).isEqualTo(edition.getId());
        assertThat(loaded.getAgreement().getId()).isEqualTo(agreement.getId());
        assertThat(loaded.getClassification()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(loaded.getAccessList()).extracting(a -> a.getId()).containsExactly(delegateId);
        assertThat(loaded.getCoOrganisers()).extracting(Organisation::getId).containsExactlyInAnyOrder(afripol,
                europol);
        assertThat(loaded.getAgenda()).extracting(AgendaItem::getTitle, AgendaItem::getPlannedMinutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Opening", 30));
        assertThat(loaded.getParticipants()).extracting(Participant::getName).containsExactlyInAnyOrder("Jan Visser",
                full.getParticipants().stream().filter(p -> p.getPerson() != null).findFirst().orElseThrow()
                        .getName());
        assertThat(loaded.personIds()).containsExactly(amina);
        assertThat(loaded.getParticipants()).extracting(p -> p.getId())
                .doesNotContainAnyElementsOf(full.getParticipants().stream().map(Participant::getId).toList());

        // Outside the edition's dates: refused with the edition's reason; without an edition it is saved.
        assertThatThrownBy(() -> secretariat.call(() -> meetingService.copy(full.getId(), LocalDate.of(2030, 6, 3),
                edition.getId(), false))).hasMessageContaining("within the edition's dates");
        assertThat(secretariat.call(() -> meetingService.copy(full.getId(), LocalDate.of(2030, 6, 3), null, false))
                .getEdition()).isNull();
        // Nobody else copies.
        assertThatThrownBy(() -> users.delegate().call(() -> meetingService.copy(full.getId(),
                LocalDate.of(2030, 4, 10), null, false))).isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    @Test
    void aCopyWhosePeopleAreBusyIsAWarningFirst() {
        long afripol = organisation("AFRIPOL");
        long amina = people.person(afripol, "Busy " + unique());
        Meeting original = withPerson(schedule("Weekly " + unique(), at(2032, 5, 3, 9, 0), at(2032, 5, 3, 10, 0),
                null, null), amina);
        Meeting elsewhere = withPerson(schedule("Elsewhere " + unique(), at(2032, 5, 10, 9, 30),
                at(2032, 5, 10, 11, 0), null, null), amina);

        assertThat(catchPeopleBusy(() -> secretariat.call(() -> meetingService.copy(original.getId(),
                LocalDate.of(2032, 5, 10), null, false))).conflicts())
                .extracting(PersonConflict::otherMeetingId).containsExactly(elsewhere.getId());
        Meeting copy = secretariat.call(() -> meetingService.copy(original.getId(), LocalDate.of(2032, 5, 10), null,
                true));
        assertThat(copy.personIds()).containsExactly(amina);
    }

    @Test
    void anEditionIsCopiedToTheNextNumberWithItsOrganisationsAndIfAskedItsAxes() {
        long afripol = organisation("AFRIPOL");
        long europol = organisation("EUROPOL");
        int number = 8_000_000 + ThreadLocalRandom.current().nextInt(1_000_000_000);
        DialogueEdition edition = secretariat.call(() -> editionService.schedule(new EditionDetails(number,
                "Edition " + number, 2031, LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 3), "Lyon", "France",
                PARIS, Set.of(afripol, europol))));
        DialogueEdition withAxis = secretariat.call(() -> editionService.addPriorityAxis(edition.getId(),
                edition.getVersion(), "Cybercrime"));
        DialogueEdition withAxes = secretariat.call(() -> editionService.addPriorityAxis(edition.getId(),
                withAxis.getVersion(), "Trafficking"));

        DialogueEdition next = secretariat.call(() -> editionService.copyToNextNumber(edition.getId(), true));
        assertThat(next.getNumber()).isEqualTo(secretariat.call(() -> editionService.nextNumber()) - 1)
                .isGreaterThan(withAxes.getNumber());
        assertThat(next.getTitle()).isEqualTo(withAxes.getTitle());
        assertThat(next.getYear()).isEqualTo(2032);
        assertThat(next.getPlannedStart()).isNull();
        assertThat(next.getVenue().getCity()).isEqualTo("Lyon");
        assertThat(next.getTimeZone()).isEqualTo(PARIS);
        assertThat(next.getParticipants()).extracting(Organisation::getId).containsExactlyInAnyOrder(afripol,
                europol);
        assertThat(next.getPriorityAxes()).extracting(PriorityAxis::getTitle).containsExactly("Cybercrime",
                "Trafficking");
        assertThat(next.getPriorityAxes()).extracting(PriorityAxis::getId)
                .doesNotContainAnyElementsOf(withAxes.getPriorityAxes().stream().map(PriorityAxis::getId).toList());

        DialogueEdition withoutAxes = secretariat.call(() -> editionService.copyToNextNumber(edition.getId(), false));
        assertThat(withoutAxes.getNumber()).isEqualTo(next.getNumber() + 1);
        assertThat(withoutAxes.getPriorityAxes()).isEmpty();
        assertThat(withoutAxes.getParticipants()).hasSize(2);
        // The original is untouched.
        assertThat(secretariat.call(() -> editionService.find(edition.getId())).orElseThrow().getVersion())
                .isEqualTo(withAxes.getVersion());
    }

    // --- helpers ---

    private Meeting schedule(String title, LocalDateTime start, LocalDateTime end, String venueName, String room) {
        return secretariat.call(() -> meetingService.schedule(details(title, start, end, venueName, room)));
    }

    private Meeting schedule(String title, LocalDateTime start, LocalDateTime end, String venueName, String room,
            Set<Long> coOrganisers, MeetingKind kind) {
        return secretariat.call(() -> meetingService.schedule(new MeetingDetails(kind, title, start, end, PARIS,
                venueName, room, "Lyon", "France", coOrganisers, null, null)));
    }

    private static MeetingDetails details(String title, LocalDateTime start, LocalDateTime end, String venueName,
            String room) {
        return new MeetingDetails(MeetingKind.JOINT_OPERATIONAL_MEETING, title, start, end, PARIS, venueName, room,
                "Lyon", "France", Set.of(), null, null);
    }

    private Meeting withPerson(Meeting meeting, long personId) {
        return secretariat.call(() -> meetingService.addPersonAsParticipant(meeting.getId(), meeting.getVersion(),
                personId, ParticipantRole.DELEGATE, false));
    }

    private static RoomTakenException catchRoomTaken(Runnable work) {
        try {
            work.run();
        } catch (RoomTakenException expected) {
            return expected;
        }
        throw new AssertionError("the room conflict was not refused");
    }

    private static PeopleBusyException catchPeopleBusy(Runnable work) {
        try {
            work.run();
        } catch (PeopleBusyException expected) {
            return expected;
        }
        throw new AssertionError("no warning about people in two meetings");
    }

    private long organisation(String acronym) {
        return secretariat.call(() -> organisationService.findByAcronym(acronym)).orElseThrow().getId();
    }

    private static List<Long> ids(List<Meeting> meetings) {
        return meetings.stream().map(Meeting::getId).toList();
    }

    private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    private static String unique() {
        return Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    }
}
