package org.dialogue.meetings.infrastructure.persistence;

/** LIKE patterns from typed text: the wildcards a user types are matched literally (escape character '\'). */
final class Likes {

    private Likes() {
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
