package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.edition.PriorityAxis;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.register.AxisProgress;
import org.dialogue.meetings.domain.register.ProgressStatus;
import org.dialogue.meetings.domain.register.RegisterRuleException;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.domain.shared.StaleRecordException;
import org.dialogue.meetings.infrastructure.persistence.AxisDecision;
import org.dialogue.meetings.infrastructure.persistence.OrganisationRepository;
import org.dialogue.meetings.infrastructure.persistence.RegisterRepository;

/**
 * The priority axes register: for each axis of an edition, where each organisation stands, year by year, with a
 * comment; and the decisions that serve an axis.
 *
 * <p>Who does what: everyone signed in reads the register (editions and their axes are known to all users). The
 * secretariat records any organisation's progress; a delegate records their own organisation's, as they do for
 * their organisation's actions: the organisation knows best how far it got, and the secretariat sees every change in
 * the audit trail. The decisions of an axis follow the minutes' need-to-know.
 */
@Stateless
@Interceptors(CallerAccountCheck.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class PriorityRegisterService {

    private static final String RECORD = "AxisProgress";

    @Inject
    private RegisterRepository register;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private InputValidation validation;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    /** The register of an edition: every line of every axis it set (the latest year first). */
    public List<AxisProgress> registerOfEdition(long editionId) {
        DialogueEdition edition = em.find(DialogueEdition.class, editionId);
        if (edition == null) {
            throw new RecordNotFoundException("Edition", editionId);
        }
        return register.ofAxes(edition.getPriorityAxes().stream().map(PriorityAxis::getId).toList());
    }

    /** The register lines of one axis. */
    public List<AxisProgress> registerOfAxis(long axisId) {
        return register.ofAxis(axisId);
    }

    /** The edition that set an axis, with its axes: the axis page's heading. */
    public Optional<DialogueEdition> editionOfAxis(long axisId) {
        return register.editionOfAxis(axisId).map(edition -> {
            edition.getPriorityAxes().size();
            edition.getParticipants().size();
            return edition;
        });
    }

    /** The decisions that serve an axis, in the minutes the caller may read. */
    public List<AxisDecision> decisionsOfAxis(long axisId) {
        return register.decisionsOfAxis(callers.reader(context), axisId);
    }

    /**
     * Records where an organisation stands on an axis in a year: creates the line, or rewrites it. {@code
     * expectedVersion} is the version of the line the editor saw, null when they saw none; a line saved by someone
     * else since is refused as stale, with nothing saved.
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.DELEGATE})
    public AxisProgress setStatus(long axisId, long organisationId, int year, Long expectedVersion,
            ProgressStatus status, String comment) {
        UserAccount me = callers.account(context);
        PriorityAxis axis = Optional.ofNullable(em.find(PriorityAxis.class, axisId))
                .orElseThrow(() -> new RecordNotFoundException("PriorityAxis", axisId));
        Organisation organisation = organisations.find(organisationId)
                .orElseThrow(() -> new RecordNotFoundException("Organisation", organisationId));
        if (me.getRole() == Role.DELEGATE && (me.getOrganisation() == null
                || !Objects.equals(me.getOrganisation().getId(), organisation.getId()))) {
            throw RegisterRuleException.notOwnOrganisation(organisation.getAcronym());
        }
        Optional<AxisProgress> existing = register.find(axisId, organisationId, year);
        if (existing.isEmpty() && expectedVersion != null
                || existing.isPresent() && !Objects.equals(existing.get().getVersion(), expectedVersion)) {
            // someone else wrote the line since the editor loaded it (or removed what they saw)
            throw new StaleRecordException(RECORD,
                    existing.map(AxisProgress::getId).orElse(null));
        }
        AxisProgress line = existing.orElseGet(() -> new AxisProgress(axis, organisation, year));
        Map<String, String> before = existing.isPresent() ? line.auditFields() : null;
        line.record(status, comment, me.getUsername(), clock.instant());
        validation.check(line);
        if (existing.isEmpty()) {
            register.add(line);
            try {
                em.flush();
            } catch (PersistenceException e) {
                // two editors created the same line at once: the unique constraint keeps the first
                throw new StaleRecordException(RECORD, null);
            }
        } else {
            OptimisticLocking.flush(em, RECORD, line.getId(), line);
        }
        if (before == null) {
            audit.created(me.getUsername(), RECORD, line.getId(), line.auditFields());
        } else {
            audit.changed(me.getUsername(), AuditAction.UPDATE, RECORD, line.getId(), before, line.auditFields(),
                    comment);
        }
        return line;
    }
}
