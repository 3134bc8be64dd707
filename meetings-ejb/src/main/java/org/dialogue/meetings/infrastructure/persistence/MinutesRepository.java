package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesState;
import org.dialogue.meetings.domain.minutes.MinutesVersion;

/** Minutes, their revisions and their saved versions. Need-to-know is the meeting's, applied by the service. */
@ApplicationScoped
public class MinutesRepository {

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public Optional<Minutes> find(long id) {
        return Optional.ofNullable(em.find(Minutes.class, id));
    }

    public void add(Minutes minutes) {
        em.persist(minutes);
    }

    /** Every revision of a meeting's minutes, the newest first. */
    public List<Minutes> revisions(long meetingId) {
        return em.createQuery("SELECT m FROM Minutes m WHERE m.meeting.id = :meeting ORDER BY m.revision DESC",
                Minutes.class).setParameter("meeting", meetingId).getResultList();
    }

    /** The approved revision a correction replaces, if any. */
    public Optional<Minutes> approvedBefore(long meetingId, int revision) {
        return em.createQuery("SELECT m FROM Minutes m WHERE m.meeting.id = :meeting AND m.revision < :revision"
                        + " AND m.state = :approved ORDER BY m.revision DESC", Minutes.class)
                .setParameter("meeting", meetingId).setParameter("revision", revision)
                .setParameter("approved", MinutesState.APPROVED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The ids of circulated minutes whose round's deadline has passed: what the deadline check closes. */
    public List<Long> dueForClosing(Instant now) {
        return em.createQuery("SELECT DISTINCT m.id FROM Minutes m JOIN m.rounds r WHERE m.state = :circulated"
                        + " AND r.closedAt IS NULL AND r.deadline <= :now", Long.class)
                .setParameter("circulated", MinutesState.CIRCULATED).setParameter("now", now).getResultList();
    }

    public void addVersion(MinutesVersion version) {
        em.persist(version);
    }

    /** The saved versions of a draft, the newest first, without their content. */
    public List<VersionSummary> versions(long minutesId) {
        return em.createQuery("SELECT NEW org.dialogue.meetings.infrastructure.persistence.VersionSummary("
                        + "v.number, v.savedAt, v.savedBy) FROM MinutesVersion v WHERE v.minutesId = :minutes"
                        + " ORDER BY v.number DESC", VersionSummary.class)
                .setParameter("minutes", minutesId).getResultList();
    }

    public Optional<MinutesVersion> version(long minutesId, int number) {
        return em.createQuery("SELECT v FROM MinutesVersion v WHERE v.minutesId = :minutes AND v.number = :number",
                        MinutesVersion.class)
                .setParameter("minutes", minutesId).setParameter("number", number)
                .getResultStream().findFirst();
    }

    public int lastVersionNumber(long minutesId) {
        Integer last = em.createQuery("SELECT MAX(v.number) FROM MinutesVersion v WHERE v.minutesId = :minutes",
                Integer.class).setParameter("minutes", minutesId).getSingleResult();
        return last == null ? 0 : last;
    }
}
