package org.dialogue.meetings.domain.invitation;

/** Where an invitation stands; the names match iCalendar's PARTSTAT values (NEEDS-ACTION for pending). */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    TENTATIVE
}
