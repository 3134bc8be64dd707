package org.dialogue.meetings.domain.minutes;

/** Where a translation of minutes stands: written but not checked yet, or checked against the minutes. */
public enum TranslationStatus {
    DRAFT, VERIFIED
}
