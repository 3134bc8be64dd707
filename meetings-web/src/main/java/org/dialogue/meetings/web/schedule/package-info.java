/**
 * The calendar page: the meetings a user may see on a PrimeFaces schedule, filtered, each a link to its meeting, moved
 * by the secretariat with the mouse through the same service and checks as the meeting form.
 */
package org.dialogue.meetings.web.schedule;
