package org.dialogue.meetings.domain.shared;

/** Normalises free text coming from forms: surrounding blanks removed, empty means absent. */
public final class Text {

    private Text() {
    }

    public static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
