/** The append-only record of who changed what, and of sign-ins and user administration. */
package org.dialogue.meetings.domain.audit;
