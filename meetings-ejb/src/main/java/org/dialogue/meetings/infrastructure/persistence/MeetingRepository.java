package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.meeting.Classification;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.MeetingStatus;
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

    /** Scheduled meetings the reader may see that have not ended yet, soonest first. */
    public List<Meeting> findUpcoming(Reader reader, Instant now, int max) {
        return list(reader, (cb, query, m) -> List.of(
                cb.equal(m.get("status"), MeetingStatus.SCHEDULED),
                cb.greaterThanOrEqualTo(m.<Instant>get("endsAt"), now)), true, max);
    }

    public List<Meeting> findByEdition(Reader reader, long editionId) {
        return list(reader, (cb, query, m) -> List.of(cb.equal(m.get("edition").get("id"), editionId)), true, null);
    }

    public List<Meeting> findByOrganisation(Reader reader, long organisationId) {
        return list(reader, (cb, query, m) -> List.of(takesPart(cb, query, m, organisationId)), false, null);
    }

    public List<Meeting> findByAgreement(Reader reader, long agreementId) {
        return list(reader, (cb, query, m) -> List.of(cb.equal(m.get("agreement").get("id"), agreementId)), false,
                null);
    }

    /**
     * The reader's meetings that overlap [from, to), soonest first, optionally of one organisation (co-organising or
     * taking part) and of one kind: what a calendar shows for its visible range. At most {@code max}.
     */
    public List<Meeting> findBetween(Reader reader, Instant from, Instant to, Long organisationId, MeetingKind kind,
            int max) {
        return list(reader, (cb, query, m) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.lessThan(m.<Instant>get("startsAt"), to));
            where.add(cb.greaterThan(m.<Instant>get("endsAt"), from));
            if (organisationId != null) {
                where.add(takesPart(cb, query, m, organisationId));
            }
            if (kind != null) {
                where.add(cb.equal(m.get("kind"), kind));
            }
            return where;
        }, true, max);
    }

    /**
     * Scheduled meetings, other than {@code exceptId}, in the room with the given key whose time overlaps [start, end).
     * A meeting that ends when the other starts does not overlap it. Served by the index (room_key, starts_at).
     */
    public List<Meeting> inSameRoom(String roomKey, Instant start, Instant end, Long exceptId) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.roomKey = :room AND m.status = :scheduled"
                        + " AND m.startsAt < :end AND m.endsAt > :start AND m.id <> :self ORDER BY m.startsAt, m.id",
                        Meeting.class)
                .setParameter("room", roomKey).setParameter("scheduled", MeetingStatus.SCHEDULED)
                .setParameter("start", start).setParameter("end", end)
                .setParameter("self", exceptId == null ? -1L : exceptId)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT) // excludes the meeting being saved
                .setMaxResults(1)
                .getResultList();
    }

    /** A person of a meeting who also takes part in another one at an overlapping time. */
    public record BusyPerson(long personId, String name, String organisation, Meeting other) {
    }

    /**
     * The given people's places in scheduled meetings, other than {@code exceptId}, whose time overlaps [start, end),
     * soonest first. Served by the indexes on participant (person_id) and meeting (starts_at).
     */
    public List<BusyPerson> busyPeople(java.util.Collection<Long> personIds, Instant start, Instant end,
            Long exceptId) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p.person.id, p.name, p.organisation.acronym, m FROM Meeting m"
                        + " JOIN m.participants p WHERE p.person.id IN :people AND m.status = :scheduled"
                        + " AND m.startsAt < :end AND m.endsAt > :start AND m.id <> :self"
                        + " ORDER BY m.startsAt, m.id, p.name", Object[].class)
                .setParameter("people", personIds).setParameter("scheduled", MeetingStatus.SCHEDULED)
                .setParameter("start", start).setParameter("end", end)
                .setParameter("self", exceptId == null ? -1L : exceptId)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT) // excludes the meeting being saved
                .setMaxResults(50)
                .getResultList().stream()
                .map(row -> new BusyPerson((Long) row[0], (String) row[1], (String) row[2], (Meeting) row[3]))
                .toList();
    }

    /**
     * The meetings whose open actions are matters arising at the given one: earlier meetings of the same edition for
     * a Dialogue session, earlier meetings with exactly the same co-organisers for any other meeting; the {@code max}
     * most recent, newest first. Ids only; the action query applies need-to-know. The database compares the sets of
     * co-organisers and returns only the matching ids: reading every meeting that shares one co-organiser, as this did
     * before, grew with the whole history (the minutes page stopped answering at 1,000 meetings in the benchmark).
     */
    public List<Long> earlierRelated(Meeting meeting, int max) {
        if (meeting.getKind() == MeetingKind.DIALOGUE_SESSION && meeting.getEdition() != null) {
            return em.createQuery("SELECT m.id FROM Meeting m WHERE m.edition = :edition AND m.startsAt < :start"
                            + " ORDER BY m.startsAt DESC, m.id DESC", Long.class)
                    .setParameter("edition", meeting.getEdition()).setParameter("start", meeting.getStartsAt())
                    .setMaxResults(max).getResultList();
        }
        java.util.Set<Long> organisers = meeting.getCoOrganisers().stream().map(Organisation::getId)
                .collect(java.util.stream.Collectors.toSet());
        if (organisers.isEmpty()) {
            return List.of();
        }
        // As many co-organisers as this meeting, and as many of them among this meeting's: the same set. Each
        // earlier meeting is checked on its own rows, newest first, so the database reads the meetings through the
        // index in that order (meeting_newest_first) and stops at the max-th match instead of grouping them all.
        long count = organisers.size();
        return em.createQuery("SELECT m.id FROM Meeting m WHERE m.startsAt < :start AND m.id <> :self"
                        + " AND (SELECT COUNT(o) FROM Meeting m1 JOIN m1.coOrganisers o WHERE m1 = m) = :count"
                        + " AND (SELECT COUNT(o2) FROM Meeting m2 JOIN m2.coOrganisers o2"
                        + " WHERE m2 = m AND o2.id IN :organisers) = :count"
                        + " ORDER BY m.startsAt DESC, m.id DESC", Long.class)
                .setParameter("start", meeting.getStartsAt()).setParameter("self", meeting.getId())
                .setParameter("organisers", organisers).setParameter("count", count)
                .setMaxResults(max).getResultList();
    }

    /** Extra conditions of a list, beside need-to-know. */
    @FunctionalInterface
    private interface Filter {
        List<Predicate> where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Meeting> meeting);
    }

    private List<Meeting> list(Reader reader, Filter filter, boolean soonestFirst, Integer max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Meeting> query = cb.createQuery(Meeting.class);
        Root<Meeting> meeting = query.from(Meeting.class);
        meeting.alias("m");
        List<Predicate> where = new ArrayList<>(filter.where(cb, query, meeting));
        where.add(visibleTo(cb, query, meeting, reader));
        query.select(meeting).where(where.toArray(Predicate[]::new)).orderBy(
                soonestFirst ? cb.asc(meeting.get("startsAt")) : cb.desc(meeting.get("startsAt")),
                cb.asc(meeting.get("id")));
        TypedQuery<Meeting> typed = em.createQuery(query);
        if (max != null) {
            typed.setMaxResults(max);
        }
        return withCoOrganisers(typed);
    }

    /** One page of the meetings matching the search, in its order. */
    public List<Meeting> search(Reader reader, MeetingSearch search, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Meeting> query = cb.createQuery(Meeting.class);
        Root<Meeting> meeting = query.from(Meeting.class);
        meeting.alias("m"); // the alias the batch-fetch hint refers to
        query.select(meeting).where(predicates(cb, query, meeting, reader, search));
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

    public long count(Reader reader, MeetingSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Meeting> meeting = query.from(Meeting.class);
        query.select(cb.count(meeting)).where(predicates(cb, query, meeting, reader, search));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Meeting> meeting,
            Reader reader, MeetingSearch search) {
        List<Predicate> where = new ArrayList<>();
        where.add(visibleTo(cb, query, meeting, reader));
        if (search.titleContains() != null && !search.titleContains().isBlank()) {
            String pattern = "%" + Likes.escape(search.titleContains().strip().toLowerCase(Locale.ROOT)) + "%";
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
            where.add(takesPart(cb, query, meeting, search.organisationId()));
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * Need-to-know, as a condition of the query itself, so that lists, counts and pages never include a meeting the
     * reader may not see (the same rule as {@link Meeting#isVisibleTo}).
     */
    static Predicate visibleTo(CriteriaBuilder cb, CommonAbstractCriteria query, Root<Meeting> meeting, Reader reader) {
        if (reader.readsEveryMeeting()) {
            return cb.conjunction();
        }
        Path<Classification> classification = meeting.get("classification");
        List<Predicate> readable = new ArrayList<>();
        readable.add(cb.equal(classification, Classification.OPEN));
        if (reader.organisationId() != null) {
            readable.add(cb.and(cb.equal(classification, Classification.RESTRICTED),
                    takesPart(cb, query, meeting, reader.organisationId())));
        }
        Subquery<Long> listed = query.subquery(Long.class);
        Root<Meeting> m3 = listed.from(Meeting.class);
        listed.select(m3.get("id")).where(cb.equal(m3, meeting),
                cb.equal(m3.join("accessList").get("id"), reader.userId()));
        readable.add(cb.and(cb.equal(classification, Classification.CONFIDENTIAL), cb.exists(listed)));
        return cb.or(readable.toArray(Predicate[]::new));
    }

    /** Co-organised by the organisation, or with participants from it. */
    static Predicate takesPart(CriteriaBuilder cb, CommonAbstractCriteria query, Root<Meeting> meeting,
            long organisationId) {
        // Subqueries rather than joins: no duplicate rows, so counting and paging stay exact. EXISTS on the meeting's
        // own rows, not "id IN (the organisation's meetings)": the database then looks up each meeting it reads by its
        // key, where IN made it collect every meeting the organisation ever took part in for each statement, a cost
        // that grew with the history (a delegate's dashboard and actions list, issue 16).
        Subquery<Long> coOrganised = query.subquery(Long.class);
        Root<Meeting> m1 = coOrganised.from(Meeting.class);
        Join<Meeting, Organisation> organiser = m1.join("coOrganisers");
        coOrganised.select(m1.get("id")).where(cb.equal(m1, meeting), cb.equal(organiser.get("id"), organisationId));
        Subquery<Long> attended = query.subquery(Long.class);
        Root<Meeting> m2 = attended.from(Meeting.class);
        attended.select(m2.get("id")).where(cb.equal(m2, meeting), cb.equal(
                m2.join("participants", JoinType.INNER).get("organisation").get("id"), organisationId));
        return cb.or(cb.exists(coOrganised), cb.exists(attended));
    }

    private static List<Meeting> withCoOrganisers(TypedQuery<Meeting> query) {
        return query.setHint(BATCH_HINT, "m.coOrganisers")
                .setHint(BATCH_TYPE_HINT, "IN")
                .getResultList();
    }
}
