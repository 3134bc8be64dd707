package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.action.ActionSearch;
import org.dialogue.meetings.domain.action.ActionStatus;
import org.dialogue.meetings.infrastructure.persistence.ActionRepository;
import org.dialogue.meetings.infrastructure.persistence.StatusCount;

/**
 * How far the follow-up actions got, for the dashboard: counts per status, per priority axis and per owner
 * organisation, across editions, the overdue actions and a delegate's own. Counted in the database (one GROUP BY
 * query each), on the actions the caller may see: the same need-to-know as the action list.
 */
@Stateless
@Interceptors(CallerAccountCheck.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class ActionCompletionService {

    @Inject
    private ActionRepository actions;

    @Inject
    private Callers callers;

    @Inject
    private Clock clock;

    @Inject
    private DashboardFiguresCache cache;

    @Resource
    private SessionContext context;

    /**
     * Everything the dashboard shows of the actions, for the caller: the counts per axis and per organisation, the
     * first {@code shown} overdue actions and how many there are, and for a delegate the first {@code shown} their
     * organisation still has to do. Counted once and kept until something they are counted from changes
     * ({@link DashboardFiguresCache}); the listed actions are read fresh, by id.
     */
    public DashboardFigures dashboard(int shown) {
        Reader reader = callers.reader(context);
        LocalDate today = LocalDate.now(clock);
        DashboardFiguresCache.Counted counted = cache.figures(reader, today, () -> count(reader, today, shown));
        return new DashboardFigures(counted.byAxis(), counted.byOrganisation(), actions.inOrder(counted.overdueIds()),
                counted.overdueCount(), actions.inOrder(counted.ownOpenIds()), counted.ownOpenCount(), today);
    }

    private DashboardFiguresCache.Counted count(Reader reader, LocalDate today, int shown) {
        ActionSearch overdue = new ActionSearch(null, null, true, null, null, null);
        List<Long> overdueIds = ids(actions.search(reader, overdue, today, 0, shown));
        long overdueCount = actions.count(reader, overdue, today);
        List<Long> ownOpenIds = List.of();
        long ownOpenCount = 0;
        if (reader.role() == Role.DELEGATE && reader.organisationId() != null) {
            // open and in progress: still to do, soonest due first
            ActionSearch open = new ActionSearch(reader.organisationId(), ActionStatus.OPEN, false, null, null, null);
            ActionSearch inProgress = new ActionSearch(reader.organisationId(), ActionStatus.IN_PROGRESS, false, null,
                    null, null);
            List<ActionItem> pending = new ArrayList<>(actions.search(reader, open, today, 0, shown));
            pending.addAll(actions.search(reader, inProgress, today, 0, shown));
            pending.sort(Comparator.comparing(ActionItem::getDueDate).thenComparing(ActionItem::getId));
            ownOpenIds = ids(pending.subList(0, Math.min(shown, pending.size())));
            ownOpenCount = actions.count(reader, open, today) + actions.count(reader, inProgress, today);
        }
        return new DashboardFiguresCache.Counted(actions.countByAxisAndStatus(reader, today),
                actions.countByOwnerAndStatus(reader, today), overdueIds, overdueCount, ownOpenIds, ownOpenCount);
    }

    private static List<Long> ids(List<ActionItem> listed) {
        return listed.stream().map(ActionItem::getId).toList();
    }
}
