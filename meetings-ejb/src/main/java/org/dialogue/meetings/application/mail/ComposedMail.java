package org.dialogue.meetings.application.mail;

/** A mail's subject and plain-text body. */
public record ComposedMail(String subject, String body) {
}
