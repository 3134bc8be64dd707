package org.dialogue.meetings.domain.action;

public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, DROPPED;

    /** Open and in-progress actions still need doing: they count as overdue and stay among matters arising. */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
