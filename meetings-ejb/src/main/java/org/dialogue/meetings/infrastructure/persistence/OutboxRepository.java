package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.invitation.InvitationStatus;
import org.dialogue.meetings.domain.mail.MailStatus;
import org.dialogue.meetings.domain.mail.OutboxMail;
import org.dialogue.meetings.domain.meeting.MeetingStatus;
import org.dialogue.meetings.domain.minutes.Minutes;
import org.dialogue.meetings.domain.minutes.MinutesState;

/** The mail outbox, and the invitations that mails go out for. */
@ApplicationScoped
public class OutboxRepository {

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    public boolean contains(String dedupKey) {
        return em.createNamedQuery(OutboxMail.COUNT_BY_KEY, Long.class).setParameter("key", dedupKey)
                .getSingleResult() > 0;
    }

    /** Adds the mail unless one with its key is queued already; says whether it was added. */
    public boolean queue(OutboxMail mail) {
        if (contains(mail.getDedupKey())) {
            return false;
        }
        em.persist(mail);
        return true;
    }

    /** The ids of the mails due now and not claimed by a sender, the longest waiting first. */
    public List<Long> due(Instant now, int max) {
        return em.createNamedQuery(OutboxMail.DUE, Long.class).setParameter("due", MailStatus.DUE)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /**
     * Claims a due mail for one sender until the given time: one conditional UPDATE, so of two senders claiming the
     * same row at once only one gets it (the other's update matches no row). A claim that has expired (its sender
     * crashed) may be taken over. Says whether this claim got the row.
     */
    public boolean claim(long id, String claim, Instant now, Instant until) {
        return em.createNativeQuery(OutboxMail.CLAIM_SQL).setParameter(1, claim)
                .setParameter(2, until.atOffset(ZoneOffset.UTC)).setParameter(3, id)
                .setParameter(4, now.atOffset(ZoneOffset.UTC)).executeUpdate() == 1;
    }

    /** One page of the outbox, newest first; all statuses when {@code status} is null. */
    public List<OutboxMail> search(MailStatus status, int first, int max) {
        TypedQuery<OutboxMail> query = em.createQuery("select m from OutboxMail m"
                + (status == null ? "" : " where m.status = :status") + " order by m.queuedAt desc, m.id desc",
                OutboxMail.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(MailStatus status) {
        TypedQuery<Long> query = em.createQuery("select count(m) from OutboxMail m"
                + (status == null ? "" : " where m.status = :status"), Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    /** How many mails there are of each status, as {@code [status, count]} rows. */
    public List<Object[]> countByStatus() {
        return em.createQuery("select m.status, count(m) from OutboxMail m group by m.status", Object[].class)
                .getResultList();
    }

    /** The invitations of a meeting that were not declined, with their people: who hears of a change. */
    public List<Invitation> invitationsNotDeclined(long meetingId) {
        return em.createQuery("select i from Invitation i join fetch i.person where i.meeting.id = :meeting"
                + " and i.status <> :declined order by i.id", Invitation.class)
                .setParameter("meeting", meetingId).setParameter("declined", InvitationStatus.DECLINED)
                .getResultList();
    }

    /** Minutes circulated in a round under way whose deadline is after {@code now} and up to {@code until}. */
    public List<Minutes> minutesWithRoundClosingBetween(Instant now, Instant until) {
        return em.createQuery("select distinct m from Minutes m join m.rounds r where m.state = :circulated"
                + " and r.closedAt is null and r.deadline > :now and r.deadline <= :until order by m.id", Minutes.class)
                .setParameter("circulated", MinutesState.CIRCULATED).setParameter("now", now)
                .setParameter("until", until).getResultList();
    }

    /** Invitations not declined to scheduled meetings that start after {@code now} and up to {@code until}. */
    public List<Invitation> invitationsToMeetingsStartingBetween(Instant now, Instant until) {
        return em.createQuery("select i from Invitation i join fetch i.person join fetch i.meeting m"
                + " where m.status = :scheduled and m.startsAt > :now and m.startsAt <= :until"
                + " and i.status <> :declined order by m.startsAt, i.id", Invitation.class)
                .setParameter("scheduled", MeetingStatus.SCHEDULED).setParameter("now", now)
                .setParameter("until", until).setParameter("declined", InvitationStatus.DECLINED)
                .getResultList();
    }
}
