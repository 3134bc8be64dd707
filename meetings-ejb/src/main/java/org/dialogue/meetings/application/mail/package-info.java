/**
 * The mail the application sends: queued in the outbox by the transactions that make it due (invitations, changes of
 * time or place, cancellations) and by the reminder scan, then sent once each by the periodic sender.
 */
package org.dialogue.meetings.application.mail;
