package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.action.ActionItem;
import org.dialogue.meetings.domain.action.ActionSearch;
import org.dialogue.meetings.domain.action.ActionStatus;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.edition.PriorityAxis;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.organisation.Organisation;

/**
 * Follow-up actions. Lists show the actions of the newest revision of each meeting's minutes (a correction carries
 * them over), of meetings the reader may see, and, for everyone but the secretariat, only once the minutes were
 * circulated: all of it conditions of the query, so counts and pages are exact.
 */
@ApplicationScoped
public class ActionRepository {

    private static final List<ActionStatus> PENDING = List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS);

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public Optional<ActionItem> find(long id) {
        return Optional.ofNullable(em.find(ActionItem.class, id));
    }

    public void add(ActionItem action) {
        em.persist(action);
    }

    public void remove(ActionItem action) {
        em.remove(action);
    }

    /** The actions written in one revision of minutes, in their order. */
    public List<ActionItem> ofMinutes(long minutesId) {
        return em.createQuery("SELECT a FROM ActionItem a WHERE a.minutes.id = :minutes ORDER BY a.position",
                ActionItem.class).setParameter("minutes", minutesId).getResultList();
    }

    /**
     * The actions of the given ids, in the order of the ids (ids no longer found are left out), with their meetings:
     * two statements whatever their number.
     */
    public List<ActionItem> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ActionItem> found = em.createQuery("SELECT a FROM ActionItem a WHERE a.id IN :ids", ActionItem.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch", "a.meeting")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
        Map<Long, ActionItem> byId = found.stream().collect(Collectors.toMap(ActionItem::getId, a -> a));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public List<ActionItem> search(Reader reader, ActionSearch search, LocalDate today, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ActionItem> query = cb.createQuery(ActionItem.class);
        Root<ActionItem> action = query.from(ActionItem.class);
        action.alias("a"); // the alias the batch-fetch hint refers to
        query.select(action).where(predicates(cb, query, action, reader, search, today))
                .orderBy(cb.asc(action.get("dueDate")), cb.asc(action.get("id")));
        // The page shows each row's meeting: loaded for the whole page in one more query, not one per row.
        return em.createQuery(query).setFirstResult(first).setMaxResults(max)
                .setHint("eclipselink.batch", "a.meeting")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    public long count(Reader reader, ActionSearch search, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ActionItem> action = query.from(ActionItem.class);
        query.select(cb.count(action)).where(predicates(cb, query, action, reader, search, today));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * How many actions the list shows, counted up to {@code most}: a count reads every match, and past a thousand
     * actions nobody pages through them all, so counting stops there (more than {@code most} answers
     * {@code most + 1}).
     */
    public long countUpTo(Reader reader, ActionSearch search, LocalDate today, int most) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ActionItem> action = query.from(ActionItem.class);
        query.select(action.get("id")).where(predicates(cb, query, action, reader, search, today));
        return em.createQuery(query).setMaxResults(most + 1).getResultList().size();
    }

    /** Whether the reader may see the action: the list's own conditions, on its id. */
    public boolean isVisible(Reader reader, long actionId, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ActionItem> action = query.from(ActionItem.class);
        List<Predicate> where = new ArrayList<>(List.of(
                predicates(cb, query, action, reader, ActionSearch.all(), today)));
        where.add(cb.equal(action.get("id"), actionId));
        query.select(cb.count(action)).where(where.toArray(Predicate[]::new));
        return em.createQuery(query).getSingleResult() > 0;
    }

    /**
     * Matters arising, one page of them: the actions still to do from earlier meetings among the given ones, that the
     * reader may see, soonest due first.
     */
    public List<ActionItem> pendingFrom(Reader reader, Collection<Long> meetingIds, LocalDate today, int first,
            int max) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ActionItem> query = cb.createQuery(ActionItem.class);
        Root<ActionItem> action = query.from(ActionItem.class);
        action.alias("a"); // the alias the batch-fetch hints refer to
        query.select(action).where(pendingFrom(cb, query, action, reader, meetingIds, today))
                .orderBy(cb.asc(action.get("dueDate")), cb.asc(action.get("id")));
        // The table shows each row's meeting and owner: loaded for the whole page in one query each, not one per row.
        return em.createQuery(query).setFirstResult(first).setMaxResults(max)
                .setHint("eclipselink.batch", "a.meeting")
                .setHint("eclipselink.batch", "a.owner")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    /** How many matters arising {@link #pendingFrom(Reader, Collection, LocalDate, int, int)} pages through. */
    public long countPendingFrom(Reader reader, Collection<Long> meetingIds, LocalDate today) {
        if (meetingIds.isEmpty()) {
            return 0;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ActionItem> action = query.from(ActionItem.class);
        query.select(cb.count(action)).where(pendingFrom(cb, query, action, reader, meetingIds, today));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] pendingFrom(CriteriaBuilder cb, CriteriaQuery<?> query, Root<ActionItem> action,
            Reader reader, Collection<Long> meetingIds, LocalDate today) {
        List<Predicate> where = new ArrayList<>(List.of(
                predicates(cb, query, action, reader, ActionSearch.all(), today)));
        where.add(action.get("meeting").get("id").in(meetingIds));
        where.add(action.get("status").in(PENDING));
        return where.toArray(Predicate[]::new);
    }

    /**
     * Action completion per priority axis: how many actions of each status serve each axis, among those the reader
     * may see. One GROUP BY query, whatever the number of actions; the latest edition first.
     */
    public List<StatusCount> countByAxisAndStatus(Reader reader, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<ActionItem> action = query.from(ActionItem.class);
        Join<ActionItem, PriorityAxis> axis = action.join("priorityAxis");
        Join<ActionItem, DialogueEdition> edition = action.join("edition");
        query.multiselect(axis.get("id"), axis.get("title"), edition.get("number"), action.get("status"),
                        cb.count(action))
                .where(predicates(cb, query, action, reader, ActionSearch.all(), today))
                .groupBy(edition.get("number"), axis.get("id"), axis.get("title"), action.get("status"))
                .orderBy(cb.desc(edition.get("number")), cb.asc(axis.get("id")));
        return em.createQuery(query).getResultList().stream().map(row -> new StatusCount(row.get(0, Long.class),
                row.get(1, String.class), row.get(2, Integer.class), row.get(3, ActionStatus.class),
                row.get(4, Long.class))).toList();
    }

    /** Action completion per owner organisation, across editions, among the actions the reader may see. One query. */
    public List<StatusCount> countByOwnerAndStatus(Reader reader, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<ActionItem> action = query.from(ActionItem.class);
        Join<ActionItem, Organisation> owner = action.join("owner");
        query.multiselect(owner.get("id"), owner.get("acronym"), action.get("status"), cb.count(action))
                .where(predicates(cb, query, action, reader, ActionSearch.all(), today))
                .groupBy(owner.get("id"), owner.get("acronym"), action.get("status"))
                .orderBy(cb.asc(owner.get("acronym")));
        return em.createQuery(query).getResultList().stream().map(row -> new StatusCount(row.get(0, Long.class),
                row.get(1, String.class), null, row.get(2, ActionStatus.class), row.get(3, Long.class))).toList();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, CriteriaQuery<?> query, Root<ActionItem> action,
            Reader reader, ActionSearch search, LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        // What concerns the action's minutes and meeting is one condition on each action row (EXISTS), not a join:
        // the database then reads the actions in the order shown (action_item (due_date, id)) and stops at the end of
        // the page. Joined, H2 started from the meetings a delegate may see and sorted all their actions for each page
        // (279 ms for 20 of 92,950 actions, the benchmark's large set).
        Subquery<Long> ofMinutes = query.subquery(Long.class);
        Root<Minutes> minutes = ofMinutes.from(Minutes.class);
        List<Predicate> minutesConditions = new ArrayList<>();
        minutesConditions.add(cb.equal(minutes, action.get("minutes")));
        // the newest revision of the meeting's minutes only
        Subquery<Long> newer = ofMinutes.subquery(Long.class);
        Root<Minutes> later = newer.from(Minutes.class);
        newer.select(later.get("id")).where(
                cb.equal(later.get("meeting"), minutes.get("meeting")),
                cb.greaterThan(later.<Integer>get("revision"), minutes.<Integer>get("revision")));
        minutesConditions.add(cb.not(cb.exists(newer)));
        if (!reader.readsEveryMeeting()) {
            // The meeting's rule on the meeting itself: as "meeting IN (the meetings the reader may see)", H2 ran
            // that rule's own subqueries again for each action (1.5 s to count 1,001 actions of a delegate at 92,950
            // actions, against 8 ms).
            minutesConditions.add(cb.isNotNull(minutes.get("sharedAt")));
            Root<Meeting> meeting = ofMinutes.from(Meeting.class);
            minutesConditions.add(cb.equal(minutes.get("meeting"), meeting));
            minutesConditions.add(MeetingRepository.visibleTo(cb, ofMinutes, meeting, reader));
        }
        ofMinutes.select(minutes.get("id")).where(minutesConditions.toArray(Predicate[]::new));
        where.add(cb.exists(ofMinutes));
        if (search.organisationId() != null) {
            where.add(cb.equal(action.get("owner").get("id"), search.organisationId()));
        }
        if (search.status() != null) {
            where.add(cb.equal(action.get("status"), search.status()));
        }
        if (search.overdueOnly()) {
            where.add(action.get("status").in(PENDING));
            where.add(cb.lessThan(action.get("dueDate"), today));
        }
        if (search.priorityAxisId() != null) {
            where.add(cb.equal(action.get("priorityAxis").get("id"), search.priorityAxisId()));
        }
        if (search.editionId() != null) {
            where.add(cb.equal(action.get("edition").get("id"), search.editionId()));
        }
        if (search.meetingId() != null) {
            where.add(cb.equal(action.get("meeting").get("id"), search.meetingId()));
        }
        return where.toArray(Predicate[]::new);
    }
}
