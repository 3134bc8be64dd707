package org.dialogue.meetings.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.dialogue.meetings.domain.minutes.AttendanceStatus;
import org.dialogue.meetings.domain.minutes.MinutesLanguage;

/**
 * Everything the minutes form sends when the secretariat saves a draft: the whole content, so that a save is one
 * version and a concurrent save by someone else is refused as a whole.
 *
 * @param notes      each item's notes, as the text editor's HTML (sanitised by the service)
 * @param attendance the attendance list, in order
 * @param decisions  the decisions, in order (their numbers follow the order)
 * @param actions    the actions, in order; an action already saved carries its id so its status and history stay
 * @param language   the language the draft is written in, saved with it (null keeps the current one)
 */
public record MinutesDraft(List<Notes> notes, List<AttendanceLine> attendance, List<DecisionLine> decisions,
        List<ActionLine> actions, MinutesLanguage language) implements Serializable {

    /** A draft that keeps the language it is written in. */
    public MinutesDraft(List<Notes> notes, List<AttendanceLine> attendance, List<DecisionLine> decisions,
            List<ActionLine> actions) {
        this(notes, attendance, decisions, actions, null);
    }

    public MinutesDraft {
        notes = List.copyOf(notes);
        attendance = List.copyOf(attendance);
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
    }

    /** The notes of one item of the minutes. */
    public record Notes(long itemId, String html) implements Serializable {
    }

    public record AttendanceLine(String name, Long organisationId, AttendanceStatus status, boolean unannounced)
            implements Serializable {
    }

    public record DecisionLine(String text, Long agendaItemId, Long priorityAxisId) implements Serializable {
    }

    public record ActionLine(Long id, String title, Long ownerId, String focalPoint, LocalDate dueDate,
            Integer decisionNumber, Long priorityAxisId) implements Serializable {
    }
}
