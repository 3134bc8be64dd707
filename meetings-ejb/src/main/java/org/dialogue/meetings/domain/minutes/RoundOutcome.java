package org.dialogue.meetings.domain.minutes;

/** How a round of circulation ended. */
public enum RoundOutcome {
    /** Every organisation approved. */
    APPROVED,
    /** The deadline passed without objection: the silent organisations approved by silence. */
    APPROVED_BY_SILENCE,
    /** The deadline passed with comments: the minutes went back to draft for a revision. */
    ENDED_WITH_COMMENTS,
    /** The secretariat withdrew the circulated text to revise it. */
    REVISED
}
