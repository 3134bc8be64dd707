package org.dialogue.meetings.domain.minutes;

/** An organisation's answer in a round of circulation. */
public enum Answer {
    /** Not answered yet. */
    PENDING,
    APPROVED,
    /** Commented instead of approving: an objection, so silence cannot approve the round. */
    COMMENTED,
    /** Did not answer before the deadline of a round without objection: the silence procedure. */
    APPROVED_BY_SILENCE
}
