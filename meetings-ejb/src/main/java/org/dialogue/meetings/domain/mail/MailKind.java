package org.dialogue.meetings.domain.mail;

/** What a mail tells its reader. */
public enum MailKind {
    INVITATION,
    RESCHEDULED,
    MOVED,
    CANCELLED,
    REMINDER
}
