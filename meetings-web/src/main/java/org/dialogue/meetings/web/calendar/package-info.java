/** The calendar page: the meetings a user may see on a PrimeFaces schedule, moved by the secretariat with the mouse. */
package org.dialogue.meetings.web.calendar;
