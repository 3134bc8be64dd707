package org.dialogue.meetings.domain.edition;

public enum EditionStatus {
    PLANNED, HELD, CANCELLED
}
