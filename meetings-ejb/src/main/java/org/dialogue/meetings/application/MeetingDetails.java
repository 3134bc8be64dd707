package org.dialogue.meetings.application;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.dialogue.meetings.domain.meeting.Classification;
import org.dialogue.meetings.domain.meeting.MeetingKind;

/**
 * What the meeting form says. Start and end are wall-clock times at the venue, in its time zone; the service turns
 * them into instants. The classification says who may read the meeting; the access list names the users who read a
 * confidential one.
 */
public record MeetingDetails(MeetingKind kind, String title, LocalDateTime localStart, LocalDateTime localEnd,
        ZoneId timeZone, String venueName, String venueRoom, String venueCity, String venueCountry,
        Set<Long> coOrganiserIds, Long editionId, Long agreementId, Classification classification,
        Set<Long> accessUserIds) {

    public MeetingDetails {
        coOrganiserIds = coOrganiserIds == null ? Set.of() : Set.copyOf(coOrganiserIds);
        classification = classification == null ? Classification.RESTRICTED : classification;
        accessUserIds = accessUserIds == null ? Set.of() : Set.copyOf(accessUserIds);
    }

    /** A restricted meeting: read by the secretariat and the organisations taking part. */
    public MeetingDetails(MeetingKind kind, String title, LocalDateTime localStart, LocalDateTime localEnd,
            ZoneId timeZone, String venueName, String venueRoom, String venueCity, String venueCountry,
            Set<Long> coOrganiserIds, Long editionId, Long agreementId) {
        this(kind, title, localStart, localEnd, timeZone, venueName, venueRoom, venueCity, venueCountry,
                coOrganiserIds, editionId, agreementId, Classification.RESTRICTED, Set.of());
    }
}
