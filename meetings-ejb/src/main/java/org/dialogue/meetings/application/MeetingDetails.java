package org.dialogue.meetings.application;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.dialogue.meetings.domain.meeting.MeetingKind;

/**
 * What the meeting form says. Start and end are wall-clock times at the venue, in its time zone; the service turns
 * them into instants.
 */
public record MeetingDetails(MeetingKind kind, String title, LocalDateTime localStart, LocalDateTime localEnd,
        ZoneId timeZone, String venueName, String venueRoom, String venueCity, String venueCountry,
        Set<Long> coOrganiserIds, Long editionId, Long agreementId) {

    public MeetingDetails {
        coOrganiserIds = coOrganiserIds == null ? Set.of() : Set.copyOf(coOrganiserIds);
    }
}
