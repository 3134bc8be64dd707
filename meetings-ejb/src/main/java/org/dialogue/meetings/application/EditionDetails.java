package org.dialogue.meetings.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * What a form says about a Dialogue edition. Year, dates, venue and time zone may be unknown ({@code null}); the venue
 * is recorded only when a city or country is given.
 */
public record EditionDetails(int number, String title, Integer year, LocalDate plannedStart, LocalDate plannedEnd,
        String venueCity, String venueCountry, ZoneId timeZone, Set<Long> participantIds) {

    public EditionDetails {
        participantIds = participantIds == null ? Set.of() : Set.copyOf(participantIds);
    }
}
