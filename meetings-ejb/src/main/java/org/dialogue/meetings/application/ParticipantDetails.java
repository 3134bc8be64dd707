package org.dialogue.meetings.application;

import org.dialogue.meetings.domain.meeting.ParticipantRole;

/**
 * What the participant form says: one of the organisation's people ({@code personId}), or a new person to create in
 * that organisation and add in the same step ({@code newPerson}). A name alone (neither of the two) records a
 * participant by name only, as before people were kept.
 */
public record ParticipantDetails(String name, Long organisationId, ParticipantRole role, Long personId,
        PersonDetails newPerson) {

    /** A participant known by name only. */
    public ParticipantDetails(String name, Long organisationId, ParticipantRole role) {
        this(name, organisationId, role, null, null);
    }

    /** One of the organisation's people. */
    public static ParticipantDetails person(Long organisationId, Long personId, ParticipantRole role) {
        return new ParticipantDetails(null, organisationId, role, personId, null);
    }

    /** A new person of the organisation, created and added in one step. */
    public static ParticipantDetails newPerson(Long organisationId, PersonDetails person, ParticipantRole role) {
        return new ParticipantDetails(null, organisationId, role, null, person);
    }
}
