package org.dialogue.meetings.domain.invitation;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** A rule of invitations, replies and attendance, named by its message key; each factory method is one rule. */
public class InvitationRuleException extends BusinessRuleException {

    private InvitationRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }

    /** An organisation is invited through its delegation: without one there is nobody to invite. */
    public static InvitationRuleException noDelegation(String organisation) {
        return new InvitationRuleException("error.invitation.noDelegation", "organisation", organisation);
    }

    /** A delegate answers for the people of their own organisation only. */
    public static InvitationRuleException notOwnOrganisation(String person, String organisation) {
        return new InvitationRuleException("error.invitation.notOwnOrganisation", null, person, organisation);
    }

    /** A reply link that was not issued by this application, or was changed on the way. */
    public static InvitationRuleException invalidToken() {
        return new InvitationRuleException("error.invitation.invalidToken", null);
    }

    /** A reply link used after its meeting ended. */
    public static InvitationRuleException expiredToken() {
        return new InvitationRuleException("error.invitation.expiredToken", null);
    }

    /** Attendance is recorded for the people on the meeting's participant list. */
    public static InvitationRuleException notAParticipant(String person) {
        return new InvitationRuleException("error.attendance.notAParticipant", null, person);
    }

    /** A cancelled meeting takes no more replies. */
    public static InvitationRuleException meetingCancelled(String meeting) {
        return new InvitationRuleException("error.invitation.meetingCancelled", null, meeting);
    }
}
