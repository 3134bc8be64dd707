package org.dialogue.meetings.domain.search;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One place a search found: a minutes item's notes, a decision or an action, with the meeting it belongs to, a short
 * excerpt around the first matching word (plain text, split so a page can highlight the match without HTML), and the
 * anchor of that place on the minutes page ({@code minutes/view.xhtml?id=<minutesId>#<anchor>}).
 *
 * @param kind          notes, decision or action
 * @param recordId      the id of the minutes item, decision or action
 * @param minutesId     the minutes (one revision) it is written in
 * @param revision      that revision's number
 * @param meetingId     the meeting
 * @param meetingTitle  the meeting's title
 * @param meetingStart  when the meeting started
 * @param timeZone      the venue's time zone, to show the start on its wall clock
 * @param place         the agenda item's title for notes, the action's title for actions, null for decisions
 * @param decisionNumber the decision's number (from 1), for decisions only
 * @param before        the excerpt before the matching word
 * @param match         the matching word as written
 * @param after         the excerpt after it
 */
public record SearchHit(SearchKind kind, long recordId, long minutesId, int revision, long meetingId,
        String meetingTitle, Instant meetingStart, ZoneId timeZone, String place, Integer decisionNumber,
        String before, String match, String after) implements Serializable {

    /**
     * The id of the exact place on the minutes page: {@code item-<itemId>}, {@code decision-<number>} or
     * {@code action-<actionId>}.
     */
    public String anchor() {
        return switch (kind) {
            case NOTES -> "item-" + recordId;
            case DECISION -> "decision-" + decisionNumber;
            case ACTION -> "action-" + recordId;
        };
    }

    /** The minutes page and the place on it, relative to the application's root. */
    public String link() {
        return "minutes/view.xhtml?id=" + minutesId + "#" + anchor();
    }
}
