package org.dialogue.meetings.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A start and an end as instants, with the time zone whose wall clock the organiser used. Built from venue-local
 * times, refusing times that a daylight-saving change skips rather than silently moving them.
 */
public record TimeSlot(Instant start, Instant end, ZoneId zone) {

    public TimeSlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        if (!end.isAfter(start)) {
            throw new InvalidTimeRangeException("end");
        }
    }

    /** The slot from wall-clock times at the venue. */
    public static TimeSlot ofLocal(LocalDateTime localStart, LocalDateTime localEnd, ZoneId zone) {
        return new TimeSlot(toInstant("start", localStart, zone), toInstant("end", localEnd, zone), zone);
    }

    private static Instant toInstant(String field, LocalDateTime local, ZoneId zone) {
        if (!zone.getRules().isValidOffset(local, zone.getRules().getOffset(local))
                || zone.getRules().getValidOffsets(local).isEmpty()) {
            throw new NonExistentLocalTimeException(field, local, zone);
        }
        // In an autumn overlap the earlier offset is taken: the first occurrence of that wall-clock time.
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    public ZonedDateTime localStart() {
        return start.atZone(zone);
    }

    public ZonedDateTime localEnd() {
        return end.atZone(zone);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }
}
