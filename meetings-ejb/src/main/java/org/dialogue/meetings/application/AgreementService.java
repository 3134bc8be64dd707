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
import org.dialogue.meetings.domain.agreement.AgreementStatus;
import org.dialogue.meetings.domain.agreement.CooperationAgreement;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.infrastructure.persistence.AgreementRepository;
import org.dialogue.meetings.infrastructure.persistence.OrganisationRepository;

/**
 * Keeps the register of cooperation agreements between organisations. Everyone signed in reads; each change is
 * allowed to the role named on its method.
 */
@Stateless
@Interceptors(CallerAccountCheck.class) // the account is checked on every call, not only at sign-in
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class AgreementService {

    private static final String RECORD = "Agreement";

    @Inject
    private AgreementRepository agreements;

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

    public List<CooperationAgreement> findAll() {
        return agreements.findAll();
    }

    public Optional<CooperationAgreement> find(long id) {
        return agreements.find(id).map(agreement -> {
            agreement.getScopes().size(); // loaded now: the page reads them after the transaction
            agreement.getParties().size();
            return agreement;
        });
    }

    /** The agreements an organisation is party to. */
    public List<CooperationAgreement> findByParty(long organisationId) {
        return agreements.findByParty(organisationId);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public CooperationAgreement register(AgreementDetails details) {
        CooperationAgreement agreement = new CooperationAgreement(details.title(), details.kind(), parties(details));
        apply(agreement, details);
        agreements.add(agreement);
        OptimisticLocking.flush(em, RECORD, null, agreement);
        audit.created(Callers.name(context), RECORD, agreement.getId(), agreement.auditFields());
        return agreement;
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public CooperationAgreement update(long id, long expectedVersion, AgreementDetails details) {
        CooperationAgreement agreement = agreements.find(id)
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        OptimisticLocking.requireUnchanged(RECORD, id, agreement.getVersion(), expectedVersion);
        Map<String, String> before = agreement.auditFields();
        apply(agreement, details);
        OptimisticLocking.flush(em, RECORD, id, agreement);
        audit.changed(Callers.name(context), AuditAction.UPDATE, RECORD, id, before, agreement.auditFields());
        return agreement;
    }

    private void apply(CooperationAgreement agreement, AgreementDetails details) {
        agreement.revise(details.title(), details.kind(), parties(details), details.scopes(), details.signedOn(),
                details.status() == null ? AgreementStatus.DRAFT : details.status(), details.summary());
        validation.check(agreement);
    }

    private List<Organisation> parties(AgreementDetails details) {
        List<Organisation> parties = organisations.findAll(details.partyIds());
        if (parties.size() != details.partyIds().size()) {
            throw new RecordNotFoundException("Organisation", details.partyIds());
        }
        return parties;
    }
}
