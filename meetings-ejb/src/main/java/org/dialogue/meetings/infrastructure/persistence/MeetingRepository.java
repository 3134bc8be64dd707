package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingSearch;
import org.dialogue.meetings.domain.organisation.Organisation;

@ApplicationScoped
public class MeetingRepository {

    /** Loads the co-organisers of a page of meetings in one extra query instead of one per row. */
    private static final String BATCH_HINT = "eclipselink.batch";
    private static final String BATCH_TYPE_HINT = "eclipselink.batch.type";

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public Optional<Meeting> find(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    public void add(Meeting meeting) {
        em.persist(meeting);
    }

    public List<Meeting> findUpcoming(Instant now, int max) {
        return withCoOrganisers(em.createNamedQuery(Meeting.FIND_UPCOMING, Meeting.class)
                .setParameter("now", now)
                .setMaxResults(max));
    }

    public List<Meeting> findByEdition(long editionId) {
        return withCoOrganisers(em.createNamedQuery(Meeting.FIND_BY_EDITION, Meeting.class)
                .setParameter("editionId", editionId));
    }

    public List<Meeting> findByOrganisation(long organisationId) {
        return withCoOrganisers(em.createNamedQuery(Meeting.FIND_BY_ORGANISATION, Meeting.class)
                .setParameter("organisationId", organisationId));
    }

    public List<Meeting> findByAgreement(long agreementId) {
        return withCoOrganisers(em.createNamedQuery(Meeting.FIND_BY_AGREEMENT, Meeting.class)
                .setParameter("agreementId", agreementId));
    }

    /** One page of the meetings matching the search, in its order. */
    public List<Meeting> search(MeetingSearch search, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Meeting> query = cb.createQuery(Meeting.class);
        Root<Meeting> meeting = query.from(Meeting.class);
        meeting.alias("m"); // the alias the batch-fetch hint refers to
        query.select(meeting).where(predicates(cb, query, meeting, search));
        Expression<?> sortBy = switch (search.sort()) {
            case START -> meeting.get("startsAt");
            case TITLE -> cb.lower(meeting.get("title"));
            case KIND -> meeting.get("kind");
            case STATUS -> meeting.get("status");
        };
        // The id as a tie-breaker keeps paging stable when many rows share a value.
        query.orderBy(search.ascending() ? cb.asc(sortBy) : cb.desc(sortBy),
                search.ascending() ? cb.asc(meeting.get("id")) : cb.desc(meeting.get("id")));
        return withCoOrganisers(em.createQuery(query).setFirstResult(first).setMaxResults(max));
    }

    public long count(MeetingSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Meeting> meeting = query.from(Meeting.class);
        query.select(cb.count(meeting)).where(predicates(cb, query, meeting, search));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Meeting> meeting,
            MeetingSearch search) {
        List<Predicate> where = new ArrayList<>();
        if (search.titleContains() != null && !search.titleContains().isBlank()) {
            String pattern = "%" + escapeLike(search.titleContains().strip().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.like(cb.lower(meeting.get("title")), pattern, '\\'));
        }
        if (search.kind() != null) {
            where.add(cb.equal(meeting.get("kind"), search.kind()));
        }
        if (search.status() != null) {
            where.add(cb.equal(meeting.get("status"), search.status()));
        }
        if (search.editionId() != null) {
            where.add(cb.equal(meeting.get("edition").get("id"), search.editionId()));
        }
        if (search.startsFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(meeting.get("startsAt"), search.startsFrom()));
        }
        if (search.startsBefore() != null) {
            where.add(cb.lessThan(meeting.get("startsAt"), search.startsBefore()));
        }
        if (search.organisationId() != null) {
            // Subqueries rather than joins: no duplicate rows, so counting and paging stay exact.
            Subquery<Long> coOrganised = query.subquery(Long.class);
            Root<Meeting> m1 = coOrganised.from(Meeting.class);
            Join<Meeting, Organisation> organiser = m1.join("coOrganisers");
            coOrganised.select(m1.get("id")).where(cb.equal(organiser.get("id"), search.organisationId()));
            Subquery<Long> attended = query.subquery(Long.class);
            Root<Meeting> m2 = attended.from(Meeting.class);
            attended.select(m2.get("id")).where(cb.equal(
                    m2.join("participants", JoinType.INNER).get("organisation").get("id"), search.organisationId()));
            where.add(cb.or(meeting.get("id").in(coOrganised), meeting.get("id").in(attended)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<Meeting> withCoOrganisers(TypedQuery<Meeting> query) {
        return query.setHint(BATCH_HINT, "m.coOrganisers")
                .setHint(BATCH_TYPE_HINT, "IN")
                .getResultList();
    }
}
