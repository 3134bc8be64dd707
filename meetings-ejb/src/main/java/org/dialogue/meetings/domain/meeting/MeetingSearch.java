package org.dialogue.meetings.domain.meeting;

import java.time.Instant;

/**
 * What the meetings list asks for: optional filters (all null means every meeting) and one sort order.
 *
 * @param titleContains  part of the title, any case
 * @param kind           only meetings of this kind
 * @param status         only meetings in this status
 * @param organisationId only meetings co-organised by, or with participants from, this organisation
 * @param editionId      only meetings of this edition
 * @param startsFrom     only meetings that start at or after this instant
 * @param startsBefore   only meetings that start before this instant
 * @param sort           the sort column
 * @param ascending      the sort direction
 */
public record MeetingSearch(String titleContains, MeetingKind kind, MeetingStatus status, Long organisationId,
        Long editionId, Instant startsFrom, Instant startsBefore, SortField sort, boolean ascending) {

    /** The columns the list can be sorted by. */
    public enum SortField {
        START, TITLE, KIND, STATUS
    }

    public MeetingSearch {
        sort = sort == null ? SortField.START : sort;
    }

    /** Every meeting, latest first. */
    public static MeetingSearch all() {
        return new MeetingSearch(null, null, null, null, null, null, null, SortField.START, false);
    }
}
