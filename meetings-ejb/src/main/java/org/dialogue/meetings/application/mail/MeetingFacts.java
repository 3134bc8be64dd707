package org.dialogue.meetings.application.mail;

import java.time.ZonedDateTime;
import java.util.Objects;
import org.dialogue.meetings.domain.meeting.Meeting;

/** What a mail says about a meeting: its title, its times at the venue, its place and the link to its page. */
public record MeetingFacts(long id, String title, ZonedDateTime start, ZonedDateTime end, String venue,
        String pageLink) {

    public MeetingFacts {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static MeetingFacts of(Meeting meeting, String publicUrl) {
        return new MeetingFacts(meeting.getId(), meeting.getTitle(), meeting.getSlot().localStart(),
                meeting.getSlot().localEnd(), meeting.getVenue() == null ? "" : meeting.getVenue().getLabel(),
                publicUrl + "/meetings/view.xhtml?id=" + meeting.getId());
    }
}
