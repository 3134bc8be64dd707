package org.dialogue.meetings.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.OrganisationKind;
import org.dialogue.meetings.domain.shared.TimeSlot;
import org.dialogue.meetings.domain.shared.Venue;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final Organisation europol = new Organisation("EUROPOL", "European Police Office", OrganisationKind.REGIONAL);

    @Test
    void anEditionMeetingMustLieWithinTheEditionOnTheVenueCalendar() {
        DialogueEdition edition = new DialogueEdition(9, "Ninth edition");
        edition.plan(null, LocalDate.of(2030, 4, 2), LocalDate.of(2030, 4, 3), Venue.inCity("Tokyo", "Japan"), TOKYO);
        // 2 April 08:00 in Tokyo is still 1 April in UTC: the venue's calendar is the one that counts.
        Meeting meeting = meeting(LocalDateTime.of(2030, 4, 2, 8, 0), LocalDateTime.of(2030, 4, 2, 10, 0));

        meeting.assignToEdition(edition);
        assertThat(meeting.getEdition()).isSameAs(edition);

        assertThatThrownBy(() -> meeting.reschedule(TimeSlot.ofLocal(LocalDateTime.of(2030, 4, 3, 17, 0),
                LocalDateTime.of(2030, 4, 4, 9, 0), TOKYO)))
                .isInstanceOf(MeetingOutsideEditionException.class);
    }

    @Test
    void agendaItemsMoveAndTheirDurationsAddUp() throws Exception {
        Meeting meeting = meeting(LocalDateTime.of(2030, 1, 7, 9, 0), LocalDateTime.of(2030, 1, 7, 12, 0));
        AgendaItem first = meeting.addAgendaItem("Opening", europol, Duration.ofMinutes(15), null);
        AgendaItem second = meeting.addAgendaItem("Operations", null, Duration.ofMinutes(45), null);
        giveId(first, 1L);
        giveId(second, 2L);

        meeting.moveAgendaItem(2L, 0);

        assertThat(meeting.getAgenda()).containsExactly(second, first);
        assertThat(meeting.plannedAgendaDuration()).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> meeting.addAgendaItem("Break", null, Duration.ZERO, null))
                .isInstanceOf(NonPositiveDurationException.class);
    }

    @Test
    void theCalendarSequenceRisesWhenTheTimeOrThePlaceChangesOrTheMeetingIsCancelled() {
        Meeting meeting = meeting(LocalDateTime.of(2030, 1, 7, 9, 0), LocalDateTime.of(2030, 1, 7, 12, 0));
        assertThat(meeting.getCalendarSequence()).isZero();

        meeting.describe(meeting.getKind(), "A new title", meeting.getVenue());
        meeting.reschedule(meeting.getSlot());
        assertThat(meeting.getCalendarSequence()).as("same time, same place").isZero();

        meeting.reschedule(TimeSlot.ofLocal(LocalDateTime.of(2030, 1, 8, 9, 0), LocalDateTime.of(2030, 1, 8, 12, 0),
                TOKYO));
        assertThat(meeting.getCalendarSequence()).isEqualTo(1);
        meeting.describe(meeting.getKind(), meeting.getTitle(), Venue.inCity("Osaka", "Japan"));
        assertThat(meeting.getCalendarSequence()).isEqualTo(2);
        meeting.cancel();
        meeting.cancel();
        assertThat(meeting.getCalendarSequence()).isEqualTo(3);
    }

    @Test
    void aCancelledMeetingRefusesChanges() {
        Meeting meeting = meeting(LocalDateTime.of(2030, 1, 7, 9, 0), LocalDateTime.of(2030, 1, 7, 12, 0));
        meeting.cancel();

        assertThat(meeting.isCancelled()).isTrue();
        assertThatThrownBy(() -> meeting.addParticipant("Late", europol, ParticipantRole.DELEGATE))
                .isInstanceOf(MeetingCancelledException.class);
    }

    @Test
    void oneHeadOfDelegationPerOrganisation() {
        Meeting meeting = meeting(LocalDateTime.of(2030, 1, 7, 9, 0), LocalDateTime.of(2030, 1, 7, 12, 0));
        meeting.addParticipant("First Head", europol, ParticipantRole.HEAD_OF_DELEGATION);
        meeting.addParticipant("A Delegate", europol, ParticipantRole.DELEGATE);

        assertThatThrownBy(() -> meeting.addParticipant("Second Head", europol, ParticipantRole.HEAD_OF_DELEGATION))
                .isInstanceOf(SecondHeadOfDelegationException.class)
                .hasMessage("EUROPOL already has a head of delegation for this meeting (First Head).");
    }

    private Meeting meeting(LocalDateTime start, LocalDateTime end) {
        return new Meeting(MeetingKind.JOINT_OPERATIONAL_MEETING, "Joint meeting", TimeSlot.ofLocal(start, end, TOKYO),
                Venue.inCity("Tokyo", "Japan"));
    }

    /** Ids come from the database in real use; the domain finds items by id. */
    private static void giveId(AgendaItem item, long id) throws ReflectiveOperationException {
        Field field = AgendaItem.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(item, id);
    }
}
