package org.dialogue.meetings.domain.search;

import java.io.Serializable;
import java.time.LocalDate;
import org.dialogue.meetings.domain.action.ActionStatus;
import org.dialogue.meetings.domain.minutes.MinutesState;

/**
 * What the search box asks for: words, all of which must be found (each as the start of a word, any case, with or
 * without accents), and optional filters; null means "any".
 *
 * @param text           the words typed
 * @param kind           only notes, only decisions or only actions
 * @param editionId      only in minutes of meetings of this edition
 * @param organisationId actions: owned by this organisation; notes and decisions: of meetings it takes part in
 *                       (co-organiser, or an organisation of the participants)
 * @param actionStatus   only actions in this status (notes and decisions have none, so they drop out)
 * @param minutesState   only in minutes in this state (draft, circulated, approved)
 * @param from           only meetings starting on or after this day (UTC)
 * @param to             only meetings starting on or before this day (UTC)
 */
public record SearchQuery(String text, SearchKind kind, Long editionId, Long organisationId,
        ActionStatus actionStatus, MinutesState minutesState, LocalDate from, LocalDate to) implements Serializable {

    /** Just words, no filter. */
    public static SearchQuery words(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, null);
    }
}
