package org.dialogue.meetings.application;

import org.dialogue.meetings.domain.meeting.ParticipantRole;

/** What the participant form says. */
public record ParticipantDetails(String name, Long organisationId, ParticipantRole role) {
}
