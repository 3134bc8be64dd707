package org.dialogue.meetings.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.edition.PriorityAxis;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.OrganisationKind;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.domain.shared.SlotText;
import org.dialogue.meetings.domain.shared.TimeSlot;
import org.dialogue.meetings.domain.shared.Venue;
import org.junit.jupiter.api.Test;

/** The room key that conflicts compare, the slot of a copy on another date, and the copies themselves. */
class RoomsAndCopiesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final Organisation europol = new Organisation("EUROPOL", "European Police Office", OrganisationKind.REGIONAL);

    @Test
    void theRoomKeyIgnoresCaseAndSpacesAndNeedsAVenueNameAndARoom() {
        assertThat(new Venue("Palais des Congrès", "Salle  3", "Lyon", "France").roomKey())
                .contains("lyon|palais des congrès|salle 3");
        assertThat(new Venue(" PALAIS  des congrès ", "salle 3", " LYON", "FR").roomKey())
                .isEqualTo(new Venue("Palais des Congrès", "Salle 3", "Lyon", "France").roomKey());
        assertThat(new Venue("Palais", "Salle 3", "Paris", "France").roomKey())
                .isNotEqualTo(new Venue("Palais", "Salle 3", "Lyon", "France").roomKey());
        assertThat(new Venue(null, "Salle 3", "Lyon", "France").roomKey()).isEmpty();
        assertThat(new Venue("Palais", null, "Lyon", "France").roomKey()).isEmpty();

        Meeting meeting = meeting(LocalDateTime.of(2030, 1, 7, 9, 0), LocalDateTime.of(2030, 1, 7, 12, 0));
        assertThat(meeting.getRoomKey()).isEqualTo("lyon|headquarters|room 3");
        meeting.describe(meeting.getKind(), meeting.getTitle(), Venue.inCity("Lyon", "France"));
        assertThat(meeting.getRoomKey()).isNull();
    }

    @Test
    void aCopyKeepsTheVenueWallClockAcrossADaylightSavingChangeAndAMeetingOverMidnight() {
        Meeting winter = meeting(LocalDateTime.of(2030, 3, 27, 9, 0), LocalDateTime.of(2030, 3, 27, 17, 0));
        TimeSlot summer = winter.slotOn(LocalDate.of(2030, 4, 3));
        assertThat(summer.localStart().toLocalDateTime()).isEqualTo(LocalDateTime.of(2030, 4, 3, 9, 0));
        assertThat(summer.start()).isEqualTo(Instant.parse("2030-04-03T07:00:00Z"));
        assertThat(summer.duration()).isEqualTo(Duration.ofHours(8));

        Meeting overnight = meeting(LocalDateTime.of(2030, 6, 3, 22, 0), LocalDateTime.of(2030, 6, 4, 2, 0));
        TimeSlot copied = overnight.slotOn(LocalDate.of(2030, 5, 30));
        assertThat(copied.localEnd().toLocalDateTime()).isEqualTo(LocalDateTime.of(2030, 5, 31, 2, 0));
    }

    @Test
    void aCopyCarriesTheContentButNotTheIdentityOrTheHistory() {
        Meeting original = meeting(LocalDateTime.of(2030, 1, 7, 9, 0), LocalDateTime.of(2030, 1, 7, 12, 0));
        original.addAgendaItem("Opening", europol, Duration.ofMinutes(15), "Notes");
        Person person = new Person(europol, "Jan Visser");
        original.addParticipant(person, ParticipantRole.HEAD_OF_DELEGATION);
        original.addParticipant("Named only", europol, ParticipantRole.DELEGATE);
        original.coOrganiseWith(List.of(europol));
        original.classify(Classification.OPEN);
        original.reschedule(original.getSlot()); // no change: no new sequence

        Meeting copy = original.copyTo(original.slotOn(LocalDate.of(2030, 1, 14)), null);

        assertThat(copy.getTitle()).isEqualTo(original.getTitle());
        assertThat(copy.getVenue()).isEqualTo(original.getVenue());
        assertThat(copy.getRoomKey()).isEqualTo(original.getRoomKey());
        assertThat(copy.getClassification()).isEqualTo(Classification.OPEN);
        assertThat(copy.getCoOrganisers()).containsExactly(europol);
        assertThat(copy.getAgenda()).singleElement().satisfies(item -> {
            assertThat(item).isNotSameAs(original.getAgenda().get(0));
            assertThat(item.getTitle()).isEqualTo("Opening");
            assertThat(item.getPresenter()).isSameAs(europol);
            assertThat(item.getPlannedMinutes()).isEqualTo(15);
            assertThat(item.getNotes()).isEqualTo("Notes");
        });
        assertThat(copy.getParticipants()).extracting(Participant::getName, Participant::getPerson,
                Participant::getRole).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Jan Visser", person, ParticipantRole.HEAD_OF_DELEGATION),
                        org.assertj.core.groups.Tuple.tuple("Named only", null, ParticipantRole.DELEGATE));
        assertThat(copy.getCalendarSequence()).isZero();
        assertThat(copy.getStatus()).isEqualTo(MeetingStatus.SCHEDULED);
    }

    @Test
    void aCopyOutsideItsEditionIsRefused() {
        DialogueEdition edition = new DialogueEdition(9, "Ninth edition");
        edition.plan(null, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 31), Venue.inCity("Lyon", "France"), PARIS);
        Meeting original = meeting(LocalDateTime.of(2030, 1, 7, 9, 0), LocalDateTime.of(2030, 1, 7, 12, 0));
        assertThatThrownBy(() -> original.copyTo(original.slotOn(LocalDate.of(2030, 2, 4)), edition))
                .isInstanceOf(MeetingOutsideEditionException.class);
        assertThat(original.copyTo(original.slotOn(LocalDate.of(2030, 1, 21)), edition).getEdition())
                .isSameAs(edition);
    }

    @Test
    void theNextEditionTakesTheOrganisationsAndIfAskedTheAxes() {
        DialogueEdition edition = new DialogueEdition(9, "Ninth edition");
        edition.plan(2030, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 3), Venue.inCity("Lyon", "France"), PARIS);
        edition.inviteOrganisations(List.of(europol));
        edition.addPriorityAxis("Cybercrime");
        edition.addPriorityAxis("Trafficking");

        DialogueEdition next = edition.copyAs(10, true);
        assertThat(next.getNumber()).isEqualTo(10);
        assertThat(next.getYear()).isEqualTo(2031);
        assertThat(next.getPlannedStart()).isNull();
        assertThat(next.getVenue()).isEqualTo(edition.getVenue());
        assertThat(next.getParticipants()).containsExactly(europol);
        assertThat(next.getPriorityAxes()).extracting(PriorityAxis::getTitle).containsExactly("Cybercrime",
                "Trafficking");
        assertThat(next.getPriorityAxes().get(0)).isNotSameAs(edition.getPriorityAxes().get(0));
        assertThat(edition.copyAs(11, false).getPriorityAxes()).isEmpty();
    }

    @Test
    void conflictMessagesNameTheOtherMeetingAtItsVenueTime() throws ReflectiveOperationException {
        assertThat(SlotText.of(Instant.parse("2030-03-04T08:00:00Z"), Instant.parse("2030-03-04T16:00:00Z"), PARIS,
                Locale.ENGLISH)).isEqualTo("Mar 4, 2030, 09:00 – 17:00 CET");
        assertThat(SlotText.of(Instant.parse("2030-03-30T20:00:00Z"), Instant.parse("2030-03-31T08:00:00Z"), PARIS,
                Locale.ENGLISH)).isEqualTo("Mar 30, 2030, 21:00 CET – Mar 31, 2030, 10:00 CEST");
        Meeting other = meeting(LocalDateTime.of(2030, 3, 4, 9, 0), LocalDateTime.of(2030, 3, 4, 17, 0));
        java.lang.reflect.Field id = Meeting.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(other, 42L);
        assertThat(new RoomTakenException("Room 3", other).otherMeetingId()).isEqualTo(42L);
        assertThat(new RoomTakenException("Room 3", other).getMessage()).isEqualTo("The room \"Room 3\" is already"
                + " taken at that time by the meeting \"Weekly\" (Mar 4, 2030, 09:00 – 17:00 CET). Choose another"
                + " time or another room.");
        PersonConflict conflict = new PersonConflict(1, "Jan Visser", "EUROPOL", "Monday", 2, "Weekly",
                other.getStartsAt(), other.getEndsAt(), PARIS);
        assertThat(new PeopleBusyException(List.of(conflict)).getMessage()).isEqualTo("A participant takes part in"
                + " another meeting at the same time: Jan Visser (EUROPOL) takes part in both \"Monday\" and \"Weekly\""
                + " (Mar 4, 2030, 09:00 – 17:00 CET). Save anyway if that is intended.");
        assertThat(new PeopleBusyException(List.of(conflict, conflict)).getMessage()).startsWith("2 participants"
                + " take part");
    }

    private static Meeting meeting(LocalDateTime start, LocalDateTime end) {
        return new Meeting(MeetingKind.JOINT_OPERATIONAL_MEETING, "Weekly", TimeSlot.ofLocal(start, end, PARIS),
                new Venue("Headquarters", "Room 3", "Lyon", "France"));
    }
}
