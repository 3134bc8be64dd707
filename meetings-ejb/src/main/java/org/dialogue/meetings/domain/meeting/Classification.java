package org.dialogue.meetings.domain.meeting;

/** Who may read a meeting, besides the secretariat who reads them all. */
public enum Classification {
    /** Every signed-in user. */
    OPEN,
    /** The users of the organisations taking part: co-organisers and the organisations of participants. */
    RESTRICTED,
    /** The users named on the meeting's access list. */
    CONFIDENTIAL
}
