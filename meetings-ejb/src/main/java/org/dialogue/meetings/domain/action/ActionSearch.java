package org.dialogue.meetings.domain.action;

import java.io.Serializable;

/**
 * The filters of the action list; null means "any".
 *
 * @param organisationId the owner organisation
 * @param status         the status
 * @param overdueOnly    only actions still to do whose due date has passed
 * @param priorityAxisId the priority axis served
 * @param editionId      the edition of the meeting that decided the action
 * @param meetingId      the meeting that decided the action
 */
public record ActionSearch(Long organisationId, ActionStatus status, boolean overdueOnly, Long priorityAxisId,
        Long editionId, Long meetingId) implements Serializable {

    public static ActionSearch all() {
        return new ActionSearch(null, null, false, null, null, null);
    }

    public static ActionSearch ofMeeting(long meetingId) {
        return new ActionSearch(null, null, false, null, null, meetingId);
    }
}
