/** Cooperation agreements that formalise partnerships between organisations, and what they cover. */
package org.dialogue.meetings.domain.agreement;
