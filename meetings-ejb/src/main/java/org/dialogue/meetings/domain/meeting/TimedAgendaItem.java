package org.dialogue.meetings.domain.meeting;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One row of the timed agenda: an item with the moments it is planned to start and end, computed from the meeting's
 * start by adding the planned durations of the items before it to the instant (so a daylight-saving change in between
 * moves the wall-clock times, not the durations).
 *
 * @param item     the agenda item
 * @param position its 0-based position on the agenda
 * @param start    when it is planned to start
 * @param end      when it is planned to end
 * @param zone     the venue's time zone, whose wall clock shows these moments
 * @param overruns whether it ends after the meeting does
 */
public record TimedAgendaItem(AgendaItem item, int position, Instant start, Instant end, ZoneId zone,
        boolean overruns) implements Serializable {

    public ZonedDateTime localStart() {
        return start.atZone(zone);
    }

    public ZonedDateTime localEnd() {
        return end.atZone(zone);
    }

    public boolean isBreak() {
        return item.getKind() == AgendaItemKind.BREAK;
    }
}
