package org.dialogue.meetings.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.OrganisationKind;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.domain.shared.TimeSlot;
import org.dialogue.meetings.domain.shared.Venue;
import org.junit.jupiter.api.Test;

/** A meeting's delegations chosen from people: one head per organisation, each person once, names kept in step. */
class DelegationTest {

    private final Organisation afripol = new Organisation("AFRIPOL", "African Union Mechanism for Police Cooperation",
            OrganisationKind.REGIONAL);
    private final Organisation europol = new Organisation("EUROPOL", "European Police Office",
            OrganisationKind.REGIONAL);

    @Test
    void eachOrganisationHasOneHeadAndEachPersonTakesPartOnce() {
        Meeting meeting = meeting();
        Person amina = new Person(afripol, "Amina Haddad");
        Person karim = new Person(afripol, "Karim Saadi");
        Person jan = new Person(europol, "Jan de Vries");

        Participant head = meeting.addParticipant(amina, ParticipantRole.HEAD_OF_DELEGATION);
        assertThat(head.getPerson()).isSameAs(amina);
        assertThat(head.getOrganisation()).isSameAs(afripol);
        assertThat(head.getName()).isEqualTo("Amina Haddad");

        assertThatThrownBy(() -> meeting.addParticipant(karim, ParticipantRole.HEAD_OF_DELEGATION))
                .isInstanceOf(SecondHeadOfDelegationException.class).hasMessageContaining("Amina Haddad");
        assertThatThrownBy(() -> meeting.addParticipant(amina, ParticipantRole.DELEGATE))
                .isInstanceOf(PersonAlreadyTakesPartException.class)
                .hasMessage("Amina Haddad already takes part in this meeting.");
        // Another organisation has its own head; a second AFRIPOL person joins as a delegate.
        meeting.addParticipant(jan, ParticipantRole.HEAD_OF_DELEGATION);
        meeting.addParticipant(karim, ParticipantRole.DELEGATE);
        assertThat(meeting.getParticipants()).hasSize(3);
    }

    @Test
    void aParticipantTakesTheNewNameOfTheirPersonAndANameOnlyParticipantKeepsItsOwn() {
        Meeting meeting = meeting();
        Person amina = new Person(afripol, "Amina Hadad");
        Participant participant = meeting.addParticipant(amina, ParticipantRole.DELEGATE);
        Participant nameOnly = meeting.addParticipant("Recorded Earlier", afripol, ParticipantRole.OBSERVER);

        amina.describe("Amina Haddad", "Commissioner", null, null, "ar");
        participant.personRenamed();
        nameOnly.personRenamed();

        assertThat(participant.getName()).isEqualTo("Amina Haddad");
        assertThat(nameOnly.getName()).isEqualTo("Recorded Earlier");
        assertThat(nameOnly.getPerson()).isNull();
    }

    private static Meeting meeting() {
        return new Meeting(MeetingKind.JOINT_OPERATIONAL_MEETING, "Delegations", TimeSlot.ofLocal(
                LocalDateTime.of(2030, 5, 6, 9, 0), LocalDateTime.of(2030, 5, 6, 17, 0), ZoneId.of("Africa/Nairobi")),
                Venue.inCity("Nairobi", "Kenya"));
    }
}
