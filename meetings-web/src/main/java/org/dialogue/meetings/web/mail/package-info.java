/** The mail page: whether mail is configured, the outbox, what was sent and what failed. */
package org.dialogue.meetings.web.mail;
