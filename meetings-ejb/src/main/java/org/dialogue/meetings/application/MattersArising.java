package org.dialogue.meetings.application;

import java.util.List;
import org.dialogue.meetings.domain.action.ActionItem;

/**
 * One page of a meeting's matters arising ({@link MinutesService#mattersArising}) and how many there are in all.
 *
 * @param page the rows asked for, soonest due first
 * @param total all the matters arising, for the table's paginator
 */
public record MattersArising(List<ActionItem> page, long total) {
}
