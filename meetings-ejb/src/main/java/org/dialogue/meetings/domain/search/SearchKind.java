package org.dialogue.meetings.domain.search;

/** What a search hit is: the notes of one agenda item, a decision, or a follow-up action. Stored by name. */
public enum SearchKind {
    NOTES, DECISION, ACTION
}
