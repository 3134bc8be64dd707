package org.dialogue.meetings.domain.register;

/** How far an organisation got with a priority axis in a year. */
public enum ProgressStatus {
    NOT_STARTED, IN_PROGRESS, ACHIEVED
}
