package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.dialogue.meetings.domain.audit.AuditEntry;
import org.dialogue.meetings.domain.audit.AuditSearch;

/** Appends to the audit trail and reads it; there is deliberately no update or delete. */
@ApplicationScoped
public class AuditRepository {

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    /** One page of matching entries, newest first. */
    public List<AuditEntry> search(AuditSearch search, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(entry).where(filters(cb, entry, search))
                .orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(AuditSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(filters(cb, entry, search));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<AuditEntry> entry, AuditSearch search) {
        List<Predicate> where = new ArrayList<>();
        if (search.actor() != null && !search.actor().isBlank()) {
            where.add(cb.equal(entry.get("actor"), search.actor().strip()));
        }
        if (search.recordKind() != null) {
            where.add(cb.equal(entry.get("recordKind"), search.recordKind()));
        }
        if (search.recordId() != null) {
            where.add(cb.equal(entry.get("recordId"), search.recordId()));
        }
        if (search.action() != null) {
            where.add(cb.equal(entry.get("action"), search.action()));
        }
        if (search.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), search.from()));
        }
        if (search.before() != null) {
            where.add(cb.lessThan(entry.get("occurredAt"), search.before()));
        }
        return where.toArray(Predicate[]::new);
    }
}
