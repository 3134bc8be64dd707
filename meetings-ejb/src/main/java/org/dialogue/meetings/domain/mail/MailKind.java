package org.dialogue.meetings.domain.mail;

/** What a mail tells its reader. */
public enum MailKind {
    INVITATION,
    RESCHEDULED,
    MOVED,
    CANCELLED,
    REMINDER,
    /** Minutes circulated for approval: the deadline and the link, to each organisation asked to answer. */
    MINUTES_CIRCULATED,
    /** Minutes not yet answered by the reader's organisation, before the round's deadline. */
    MINUTES_REMINDER,
    /** A round ended: the minutes approved (with the SHA-256 of their text), or back in draft. */
    MINUTES_OUTCOME
}
