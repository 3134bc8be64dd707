package org.dialogue.meetings.web.dashboard;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialogue.meetings.domain.action.ActionStatus;
import org.dialogue.meetings.infrastructure.persistence.StatusCount;

/**
 * One bar of a completion chart and one row of the table beside it: how many actions of a group (an axis, an
 * organisation) are open, in progress, done and dropped.
 *
 * @param id     the axis or organisation id
 * @param label  what the bar and the row are labelled with
 * @param counts the count per status (every status present, zero where none)
 */
public record CompletionRow(long id, String label, Map<ActionStatus, Long> counts) implements Serializable {

    /** Rows from GROUP BY counts, one per group, in the order the groups first come. */
    public static List<CompletionRow> of(List<StatusCount> counts, boolean withEdition) {
        Map<Long, CompletionRow> rows = new LinkedHashMap<>();
        for (StatusCount count : counts) {
            String label = withEdition && count.editionNumber() != null
                    ? count.editionNumber() + " · " + count.label() : count.label();
            rows.computeIfAbsent(count.groupId(), id -> new CompletionRow(id, label, zeroes()))
                    .counts().merge(count.status(), count.count(), Long::sum);
        }
        return new ArrayList<>(rows.values());
    }

    private static Map<ActionStatus, Long> zeroes() {
        Map<ActionStatus, Long> zeroes = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            zeroes.put(status, 0L);
        }
        return zeroes;
    }

    public long count(ActionStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long getOpen() {
        return count(ActionStatus.OPEN);
    }

    public long getInProgress() {
        return count(ActionStatus.IN_PROGRESS);
    }

    public long getDone() {
        return count(ActionStatus.DONE);
    }

    public long getDropped() {
        return count(ActionStatus.DROPPED);
    }

    public long getTotal() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The share done, in whole percent, of the actions not dropped (0 when there are none). */
    public long getPercentDone() {
        long counted = getTotal() - getDropped();
        return counted == 0 ? 0 : Math.round(100.0 * getDone() / counted);
    }

    // Getters for the pages: Jakarta EL 5 (Jakarta EE 10) reads bean properties, not record components.

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
