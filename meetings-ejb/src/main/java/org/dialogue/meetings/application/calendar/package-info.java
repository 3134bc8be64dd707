/**
 * Meetings as iCalendar (RFC 5545) files, written with ical4j: one meeting to download or attach to a mail, or the
 * meetings of a personal feed that calendar applications subscribe to.
 */
package org.dialogue.meetings.application.calendar;
