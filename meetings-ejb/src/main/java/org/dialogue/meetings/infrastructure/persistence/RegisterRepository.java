package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.ListJoin;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.edition.DialogueEdition;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.minutes.Decision;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesState;
import org.dialogue.meetings.domain.register.AxisProgress;

/**
 * The priority axes register and what links to an axis. The register is read by everyone signed in (editions and
 * their axes are not need-to-know); the decisions of an axis are, as conditions of the query: the newest revision
 * of each meeting's minutes, of meetings the reader may see, and for everyone but the secretariat only minutes
 * already circulated (the rule of {@code MinutesService} and {@link ActionRepository}).
 */
@ApplicationScoped
public class RegisterRepository {

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public void add(AxisProgress progress) {
        em.persist(progress);
    }

    public Optional<AxisProgress> find(long axisId, long organisationId, int year) {
        return em.createNamedQuery(AxisProgress.FIND_ONE, AxisProgress.class).setParameter("axis", axisId)
                .setParameter("organisation", organisationId).setParameter("year", year)
                .getResultStream().findFirst();
    }

    /** The lines of one axis, the latest year first, then by organisation. */
    public List<AxisProgress> ofAxis(long axisId) {
        return em.createNamedQuery(AxisProgress.FIND_BY_AXIS, AxisProgress.class).setParameter("axis", axisId)
                .getResultList();
    }

    /** The lines of several axes (an edition's), in one query. */
    public List<AxisProgress> ofAxes(Collection<Long> axisIds) {
        if (axisIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(AxisProgress.FIND_BY_AXES, AxisProgress.class).setParameter("axes", axisIds)
                .getResultList();
    }

    /** The edition that set an axis. */
    public Optional<DialogueEdition> editionOfAxis(long axisId) {
        return em.createQuery("SELECT e FROM DialogueEdition e JOIN e.priorityAxes a WHERE a.id = :axis",
                DialogueEdition.class).setParameter("axis", axisId).getResultStream().findFirst();
    }

    /** The decisions that serve an axis, in minutes the reader may read: the latest meeting first. One query. */
    public List<AxisDecision> decisionsOfAxis(Reader reader, long axisId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Minutes> minutes = query.from(Minutes.class);
        ListJoin<Minutes, Decision> decision = minutes.joinList("decisions");
        Join<Minutes, Meeting> meeting = minutes.join("meeting");
        List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
        where.add(cb.equal(decision.get("priorityAxis").get("id"), axisId));
        Subquery<Long> newer = query.subquery(Long.class);
        Root<Minutes> later = newer.from(Minutes.class);
        newer.select(later.get("id")).where(cb.equal(later.get("meeting"), minutes.get("meeting")),
                cb.greaterThan(later.<Integer>get("revision"), minutes.<Integer>get("revision")));
        where.add(cb.not(cb.exists(newer)));
        if (!reader.readsEveryMeeting()) {
            where.add(cb.isNotNull(minutes.get("sharedAt")));
            Subquery<Long> visible = query.subquery(Long.class);
            Root<Meeting> seen = visible.from(Meeting.class);
            visible.select(seen.get("id")).where(MeetingRepository.visibleTo(cb, query, seen, reader));
            where.add(meeting.get("id").in(visible));
        }
        query.multiselect(minutes.get("id"), minutes.get("state"), meeting.get("id"), meeting.get("title"),
                        meeting.get("startsAt"), decision.index(), decision.get("text"))
                .where(where.toArray(jakarta.persistence.criteria.Predicate[]::new))
                .orderBy(cb.desc(meeting.get("startsAt")), cb.asc(meeting.get("id")), cb.asc(decision.index()));
        return em.createQuery(query).getResultList().stream().map(row -> new AxisDecision(
                row.get(0, Long.class), row.get(1, MinutesState.class), row.get(2, Long.class),
                row.get(3, String.class), row.get(4, Instant.class), row.get(5, Integer.class) + 1,
                row.get(6, String.class))).toList();
    }
}
