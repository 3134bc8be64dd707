/**
 * Calendar files on the web: a meeting's .ics download, each user's personal feed for calendar applications, and the
 * feed's address on the profile page.
 */
package org.dialogue.meetings.web.calendar;
