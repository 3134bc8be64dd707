package org.dialogue.meetings.domain.minutes;

/**
 * A round of circulation ended (approved, approved by silence, ended with comments, or withdrawn to revise). Fired
 * inside the transaction that ended it.
 */
public record ApprovalRoundEnded(long minutesId, int round, RoundOutcome outcome) {
}
