/** The mail outbox: each mail the application sends, from the moment it is due until it is sent or given up. */
package org.dialogue.meetings.domain.mail;
