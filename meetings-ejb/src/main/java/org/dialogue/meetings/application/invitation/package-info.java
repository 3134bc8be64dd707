/** Invitations: the signed tokens of the reply links sent by e-mail, and the secret they are signed with. */
package org.dialogue.meetings.application.invitation;
