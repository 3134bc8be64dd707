package org.dialogue.meetings.domain.minutes;

/** Minutes were circulated: round {@code round} is under way. Fired inside the transaction that circulated them. */
public record ApprovalRoundStarted(long minutesId, int round) {
}
