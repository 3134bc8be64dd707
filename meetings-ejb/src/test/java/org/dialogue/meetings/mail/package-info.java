/** Test only: the mail outbox end to end, with GreenMail as the SMTP server (its own deployment). */
package org.dialogue.meetings.mail;
