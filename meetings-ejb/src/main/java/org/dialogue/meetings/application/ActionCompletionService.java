package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.infrastructure.persistence.ActionRepository;
import org.dialogue.meetings.infrastructure.persistence.StatusCount;

/**
 * How far the follow-up actions got, for the dashboard: counts per status, per priority axis and per owner
 * organisation, across editions. Counted in the database (one GROUP BY query each), on the actions the caller may
 * see: the same need-to-know as the action list.
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

    @Resource
    private SessionContext context;

    /** Per priority axis (of its edition, the latest edition first) and status. */
    public List<StatusCount> byAxis() {
        return actions.countByAxisAndStatus(callers.reader(context), LocalDate.now(clock));
    }

    /** Per owner organisation (by acronym) and status. */
    public List<StatusCount> byOrganisation() {
        return actions.countByOwnerAndStatus(callers.reader(context), LocalDate.now(clock));
    }
}
