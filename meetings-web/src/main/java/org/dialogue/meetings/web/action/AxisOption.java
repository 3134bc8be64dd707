package org.dialogue.meetings.web.action;

import java.io.Serializable;
import java.util.List;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.edition.PriorityAxis;

/**
 * A priority axis as a filter offers it: its edition's number before its title, since editions reuse titles.
 *
 * @param id    the axis id
 * @param label "3 · Harmonisation of strategic planning"
 */
public record AxisOption(long id, String label) implements Serializable {

    /** Every axis of the given editions, the latest edition first, in each edition's order. */
    public static List<AxisOption> of(List<DialogueEdition> editions) {
        return editions.stream().flatMap(e -> e.getPriorityAxes().stream().map(a -> of(e, a))).toList();
    }

    static AxisOption of(DialogueEdition edition, PriorityAxis axis) {
        return new AxisOption(axis.getId(), edition.getNumber() + " · " + axis.getTitle());
    }

    // Getters for the pages: Jakarta EL 5 (Jakarta EE 10) reads bean properties, not record components.

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
