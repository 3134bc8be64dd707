/** Organisations taking part in the Dialogue: INTERPOL and the regional police organisations. */
package org.dialogue.meetings.domain.organisation;
