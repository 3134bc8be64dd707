package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.agreement.CooperationAgreement;

@ApplicationScoped
public class AgreementRepository {

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public Optional<CooperationAgreement> find(long id) {
        return Optional.ofNullable(em.find(CooperationAgreement.class, id));
    }

    public List<CooperationAgreement> findAll() {
        return em.createNamedQuery(CooperationAgreement.FIND_ALL, CooperationAgreement.class).getResultList();
    }

    public List<CooperationAgreement> findByParty(long organisationId) {
        return em.createNamedQuery(CooperationAgreement.FIND_BY_PARTY, CooperationAgreement.class)
                .setParameter("organisationId", organisationId)
                .getResultList();
    }

    public void add(CooperationAgreement agreement) {
        em.persist(agreement);
    }
}
