package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.organisation.DuplicateAcronymException;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.infrastructure.persistence.OrganisationRepository;

/**
 * Keeps the register of organisations. Everyone signed in reads; each change is allowed to the role named on its
 * method. The people of each organisation are kept by {@link PersonService}.
 */
@Stateless
@Interceptors(CallerAccountCheck.class) // the account is checked on every call, not only at sign-in
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class OrganisationService {

    private static final String RECORD = "Organisation";

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private InputValidation validation;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public List<Organisation> findAll() {
        return organisations.findAll();
    }

    public Optional<Organisation> find(long id) {
        return organisations.find(id);
    }

    public Optional<Organisation> findByAcronym(String acronym) {
        return organisations.findByAcronym(acronym);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public Organisation register(OrganisationDetails details) {
        Organisation organisation = new Organisation(details.acronym(), details.name(), details.kind());
        apply(organisation, details);
        requireUniqueAcronym(organisation.getAcronym(), null);
        organisations.add(organisation);
        OptimisticLocking.flush(em, RECORD, null, organisation);
        audit.created(Callers.name(context), RECORD, organisation.getId(), organisation.auditFields());
        return organisation;
    }

    /** The secretariat keeps the facts up to date too; registering a new organisation stays the administrator's. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT})
    public Organisation update(long id, long expectedVersion, OrganisationDetails details) {
        Organisation organisation = organisations.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        OptimisticLocking.requireUnchanged(RECORD, id, organisation.getVersion(), expectedVersion);
        Map<String, String> before = organisation.auditFields();
        // Checked before the change: the query would otherwise flush the duplicate into the unique index.
        requireUniqueAcronym(Organisation.normaliseAcronym(details.acronym()), id);
        organisation.rename(details.acronym(), details.name(), details.kind());
        apply(organisation, details);
        OptimisticLocking.flush(em, RECORD, id, organisation);
        audit.changed(Callers.name(context), AuditAction.UPDATE, RECORD, id, before, organisation.auditFields());
        return organisation;
    }

    private void apply(Organisation organisation, OrganisationDetails details) {
        organisation.describe(details.foundedYear(), details.headquarters(), details.memberCount(),
                details.observerCount(), details.motto());
        validation.check(organisation);
    }

    private void requireUniqueAcronym(String acronym, Long ownId) {
        if (acronym == null) {
            return;
        }
        organisations.findByAcronym(acronym)
                .filter(other -> !other.getId().equals(ownId))
                .ifPresent(other -> {
                    throw new DuplicateAcronymException(acronym);
                });
    }
}
