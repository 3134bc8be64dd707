package org.dialogue.meetings.infrastructure.persistence;

import java.io.Serializable;
import org.dialogue.meetings.domain.action.ActionStatus;

/**
 * How many actions of one group (a priority axis, an organisation) have one status: a row of a GROUP BY count.
 *
 * @param groupId       the axis or organisation id
 * @param label         the axis title or the organisation acronym
 * @param editionNumber the edition of the axis (null when grouped by organisation)
 * @param status        the status counted
 * @param count         how many actions
 */
public record StatusCount(long groupId, String label, Integer editionNumber, ActionStatus status, long count)
        implements Serializable {
}
