package org.dialogue.meetings.application;

import java.time.LocalDate;
import java.util.List;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.infrastructure.persistence.StatusCount;

/**
 * The dashboard's action figures, for one reader and on what they may see.
 *
 * @param byAxis         counts per priority axis and status, the latest edition first
 * @param byOrganisation counts per owner organisation and status
 * @param overdue        the first overdue actions, soonest due first
 * @param overdueCount   how many actions are overdue
 * @param ownOpen        for a delegate, the first actions their organisation still has to do (open or in
 *                       progress), soonest due first; empty for everyone else
 * @param ownOpenCount   how many of those there are
 * @param today          the day overdue is measured against
 */
public record DashboardFigures(List<StatusCount> byAxis, List<StatusCount> byOrganisation, List<ActionItem> overdue,
        long overdueCount, List<ActionItem> ownOpen, long ownOpenCount, LocalDate today) {
}
