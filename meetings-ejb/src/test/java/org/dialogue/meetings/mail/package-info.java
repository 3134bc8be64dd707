/** Test only: the mail outbox end to end, with GreenMail (a library of the module's test deployment) as SMTP server. */
package org.dialogue.meetings.mail;
