package org.dialogue.meetings.domain.shared;

import java.util.List;

/** Reordering for the ordered lists aggregates keep (agenda items, priority axes). */
public final class OrderedLists {

    private OrderedLists() {
    }

    /** Moves an element to a 0-based position, shifting the others; positions beyond either end are clamped. */
    public static <T> void move(List<T> list, T element, int newPosition) {
        int target = Math.max(0, Math.min(newPosition, list.size() - 1));
        list.remove(element);
        list.add(target, element);
    }
}
