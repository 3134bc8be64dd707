/** Numbered editions of the Dialogue and the ordered priority axes each edition sets. */
package org.dialogue.meetings.domain.edition;
