package org.dialogue.meetings.domain.invitation;

/**
 * A CDI event fired inside the transaction that invites a person to a meeting, so that the invitation mail is queued
 * (or not) together with the invitation.
 *
 * @param replyToken the signed token of the reply link, for the invitation e-mail
 */
public record InvitationIssued(long invitationId, String replyToken) {
}
