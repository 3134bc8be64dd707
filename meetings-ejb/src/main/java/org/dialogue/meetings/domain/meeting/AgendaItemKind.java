package org.dialogue.meetings.domain.meeting;

/** What an agenda item is: a subject to discuss, or a break (coffee, lunch) that takes its place in the timing. */
public enum AgendaItemKind {
    ITEM,
    BREAK
}
