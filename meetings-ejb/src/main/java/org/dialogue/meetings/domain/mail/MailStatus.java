package org.dialogue.meetings.domain.mail;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** Waiting to be sent (again, after a failure, at its next attempt). */
    DUE,
    SENT,
    /** Given up after the last attempt; the secretariat may send it again. */
    FAILED,
    /** Not sent: the person has no e-mail address. */
    NO_ADDRESS,
    /** Not sent: no mail server was configured when it was queued. */
    NO_SERVER
}
