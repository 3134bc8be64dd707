package org.dialogue.meetings.application;

import org.dialogue.meetings.domain.meeting.AgendaItemKind;

/**
 * What the agenda-item form says. The presenter organisation is optional; the kind says whether it is a subject or a
 * break (a subject when not given).
 */
public record AgendaItemDetails(AgendaItemKind kind, String title, Long presenterId, int plannedMinutes,
        String notes) {

    public AgendaItemDetails {
        kind = kind == null ? AgendaItemKind.ITEM : kind;
    }

    /** A subject (not a break). */
    public AgendaItemDetails(String title, Long presenterId, int plannedMinutes, String notes) {
        this(AgendaItemKind.ITEM, title, presenterId, plannedMinutes, notes);
    }
}
