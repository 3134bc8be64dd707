package org.dialogue.meetings.domain.minutes;

/**
 * Where minutes stand. Draft: the secretariat edits them. Circulated: the delegations answer, nobody edits. Approved:
 * frozen for good. Superseded: approved, then replaced by an approved correction; still readable, still frozen.
 */
public enum MinutesState {
    DRAFT, CIRCULATED, APPROVED, SUPERSEDED;

    public boolean isFrozen() {
        return this == APPROVED || this == SUPERSEDED;
    }
}
