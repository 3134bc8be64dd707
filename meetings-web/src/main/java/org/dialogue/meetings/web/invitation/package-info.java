/** Invitations on the meeting page, and the reply page that the invitation e-mail's link opens without sign-in. */
package org.dialogue.meetings.web.invitation;
