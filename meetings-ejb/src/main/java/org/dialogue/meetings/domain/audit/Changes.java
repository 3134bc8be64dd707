package org.dialogue.meetings.domain.audit;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Describes what changed between two snapshots of a record's facts, one "field: before → after" per line. */
public final class Changes {

    private Changes() {
    }

    public static String between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            String old = before.getOrDefault(field, "");
            String now = after.getOrDefault(field, "");
            if (!Objects.equals(old, now)) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(field).append(": ").append(show(old)).append(" → ").append(show(now));
            }
        }
        return text.toString();
    }

    /** Every fact of a new record, as "field: value" lines. */
    public static String of(Map<String, String> facts) {
        StringBuilder text = new StringBuilder();
        facts.forEach((field, value) -> {
            if (value != null && !value.isEmpty()) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(field).append(": ").append(value);
            }
        });
        return text.toString();
    }

    private static String show(String value) {
        return value == null || value.isEmpty() ? "∅" : value;
    }
}
