package org.dialogue.meetings.application;

/** What the agenda-item form says. The presenter organisation is optional. */
public record AgendaItemDetails(String title, Long presenterId, int plannedMinutes, String notes) {
}
