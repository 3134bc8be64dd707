package org.dialogue.meetings.application.mail;

import org.dialogue.meetings.domain.mail.CalendarAttachment;
import org.dialogue.meetings.domain.meeting.Meeting;

/** The iCalendar files attached to mails about a meeting (RFC 5546's METHOD on an RFC 5545 event). */
public interface MeetingCalendarFiles {

    /** The meeting as it now is (its current SEQUENCE), METHOD:REQUEST: an invitation, a new time or place. */
    CalendarAttachment request(Meeting meeting);

    /** The meeting cancelled, METHOD:CANCEL, so that calendars remove it. */
    CalendarAttachment cancellation(Meeting meeting);
}
