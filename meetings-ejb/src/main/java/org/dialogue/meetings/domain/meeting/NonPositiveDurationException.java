package org.dialogue.meetings.domain.meeting;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** Agenda items take some time: a planned duration of zero or less is refused. */
public class NonPositiveDurationException extends BusinessRuleException {
    public NonPositiveDurationException(long minutes) {
        super("error.agenda.nonPositiveDuration", "plannedMinutes", minutes);
    }
}
