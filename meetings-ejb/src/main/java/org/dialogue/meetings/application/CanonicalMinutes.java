package org.dialogue.meetings.application;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.minutes.Attendance;
import org.dialogue.meetings.domain.minutes.Decision;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesLanguage;
import org.dialogue.meetings.domain.minutes.MinutesItem;
import org.dialogue.meetings.infrastructure.text.RichText;

/**
 * The canonical text of minutes: what a saved version keeps, what two versions are compared on, and, once approved,
 * what the SHA-256 covers. A stable, documented form (docs/canonical-minutes.md; docs/user-guide.md, "Checking approved
 * minutes"): UTF-8, lines ending in a single line feed, sections in a fixed order, one line per attendance, decision
 * and action, rich-text notes as their sanitised HTML cut into one line per block. It names no database ids except the
 * meeting's, and contains no time of saving, so the same content always gives the same text and the same hash. Minutes
 * written in another language than English name it on a "Language:" line after the revision (ISO 639-1 code); English
 * minutes have no such line, so the text and hash of minutes approved before minutes had a language are unchanged.
 */
public final class CanonicalMinutes {

    /** Written on the second line, so that a later change of this form can be told apart. */
    public static final String FORMAT = "dialogue-minutes/1";

    private CanonicalMinutes() {
    }

    public static String of(Minutes minutes, List<ActionItem> actions) {
        Meeting meeting = minutes.getMeeting();
        Lines out = new Lines();
        out.add("MINUTES");
        out.add("Format: " + FORMAT);
        out.add("Meeting: " + meeting.getTitle());
        out.add("Meeting id: " + meeting.getId());
        out.add("Kind: " + meeting.getKind());
        out.add("Revision: " + minutes.getRevision());
        if (minutes.getLanguage() != MinutesLanguage.EN) {
            // Only for minutes not in English: every revision approved before minutes had a language was in English,
            // and its canonical text (so its hash) stays exactly what it was.
            out.add("Language: " + minutes.getLanguage().getCode());
        }
        if (minutes.getCorrectionReason() != null) {
            out.add("Correction reason: " + minutes.getCorrectionReason());
        }
        out.add("Starts: " + local(meeting, meeting.getStartsAt()) + " " + meeting.getTimeZone());
        out.add("Ends: " + local(meeting, meeting.getEndsAt()) + " " + meeting.getTimeZone());
        if (meeting.getVenue() != null && !meeting.getVenue().getLabel().isBlank()) {
            out.add("Venue: " + meeting.getVenue().getLabel());
        }
        if (meeting.getEdition() != null) {
            out.add("Edition: " + meeting.getEdition().getNumber() + " " + meeting.getEdition().getTitle());
        }
        out.add("");
        out.add("ATTENDANCE");
        for (Attendance a : minutes.getAttendance()) {
            out.add("- " + a.getOrganisation().getAcronym() + " | " + a.getName() + " | " + a.getStatus()
                    + (a.isUnannounced() ? " | unannounced" : ""));
        }
        out.add("");
        out.add("AGENDA AND NOTES");
        int number = 0;
        for (MinutesItem item : minutes.getItems()) {
            out.add(++number + ". " + item.getTitle());
            String notes = RichText.blockLines(item.getNotesHtml());
            if (!notes.isEmpty()) {
                out.add(notes);
            }
        }
        out.add("");
        out.add("DECISIONS");
        number = 0;
        for (Decision decision : minutes.getDecisions()) {
            StringBuilder line = new StringBuilder().append(++number).append(". ").append(decision.getText());
            String item = agendaItemNumber(minutes, decision.getAgendaItemId());
            if (item != null) {
                line.append(" | agenda item: ").append(item);
            }
            if (decision.getPriorityAxis() != null) {
                line.append(" | priority axis: ").append(decision.getPriorityAxis().getTitle());
            }
            out.add(line.toString());
        }
        out.add("");
        out.add("ACTIONS");
        number = 0;
        for (ActionItem action : actions) {
            StringBuilder line = new StringBuilder().append(++number).append(". ").append(action.getTitle())
                    .append(" | owner: ").append(action.getOwner().getAcronym())
                    .append(" | focal point: ").append(action.getFocalPoint())
                    .append(" | due: ").append(action.getDueDate());
            if (action.getDecisionNumber() != null) {
                line.append(" | decision: ").append(action.getDecisionNumber());
            }
            if (action.getPriorityAxis() != null) {
                line.append(" | priority axis: ").append(action.getPriorityAxis().getTitle());
            }
            out.add(line.toString());
        }
        return out.toString();
    }

    private static LocalDateTime local(Meeting meeting, java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, meeting.getTimeZone());
    }

    private static String agendaItemNumber(Minutes minutes, Long agendaItemId) {
        if (agendaItemId == null) {
            return null;
        }
        List<MinutesItem> items = minutes.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (Objects.equals(items.get(i).getAgendaItemId(), agendaItemId)) {
                return String.valueOf(i + 1);
            }
        }
        return null;
    }

    /** Lines joined by a line feed, each without carriage returns or trailing blanks. */
    private static final class Lines {
        private final StringBuilder text = new StringBuilder();

        void add(String line) {
            for (String part : line.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
                text.append(part.stripTrailing()).append('\n');
            }
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
