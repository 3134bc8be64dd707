/** Invitations of people to meetings and their replies. */
package org.dialogue.meetings.domain.invitation;
