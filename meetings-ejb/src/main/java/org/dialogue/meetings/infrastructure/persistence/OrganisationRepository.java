package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.organisation.Organisation;

@ApplicationScoped
public class OrganisationRepository {

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    public Optional<Organisation> findByAcronym(String acronym) {
        return em.createNamedQuery(Organisation.FIND_BY_ACRONYM, Organisation.class)
                .setParameter("acronym", acronym)
                .getResultStream().findFirst();
    }

    public List<Organisation> findAll() {
        return em.createNamedQuery(Organisation.FIND_ALL, Organisation.class).getResultList();
    }

    /** The organisations with these ids, in acronym order; ids that match nothing are simply absent. */
    public List<Organisation> findAll(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from Organisation o where o.id in :ids order by o.acronym", Organisation.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public void add(Organisation organisation) {
        em.persist(organisation);
    }
}
