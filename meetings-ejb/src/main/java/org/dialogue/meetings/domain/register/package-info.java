/** The priority axes register: how far each organisation got with each axis of an edition, year by year. */
package org.dialogue.meetings.domain.register;
