package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.meeting.Meeting;

/** What calendar files and feeds read: the feed's owner, the meetings of a feed, and their invitations. */
@ApplicationScoped
public class CalendarRepository {

    /** Ids per query of invitations: well under every database's limit on bound parameters. */
    private static final int IDS_PER_QUERY = 500;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    /** The account whose calendar feed token has this hash. */
    public Optional<UserAccount> accountByFeedHash(String tokenHash) {
        return em.createQuery("select u from UserAccount u where u.calendarFeedHash = :hash", UserAccount.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    /**
     * The meetings the reader may see (the same need-to-know as every list) that start at or after {@code from},
     * cancelled ones included, soonest first, at most {@code max}; with their agendas, loaded in batches.
     */
    public List<Meeting> meetingsFrom(Reader reader, Instant from, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Meeting> query = cb.createQuery(Meeting.class);
        Root<Meeting> meeting = query.from(Meeting.class);
        meeting.alias("m");
        query.select(meeting)
                .where(cb.greaterThanOrEqualTo(meeting.<Instant>get("startsAt"), from),
                        MeetingRepository.visibleTo(cb, query, meeting, reader))
                .orderBy(cb.asc(meeting.get("startsAt")), cb.asc(meeting.get("id")));
        return em.createQuery(query).setMaxResults(max)
                .setHint("eclipselink.batch", "m.agenda")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    /** The invitations to these meetings, with their people, in the order of the people's names. */
    public List<Invitation> invitationsOf(Collection<Long> meetingIds) {
        List<Long> ids = List.copyOf(meetingIds);
        List<Invitation> found = new ArrayList<>();
        for (int first = 0; first < ids.size(); first += IDS_PER_QUERY) {
            found.addAll(em.createQuery("select i from Invitation i join fetch i.person p"
                            + " where i.meeting.id in :ids order by p.name, i.id", Invitation.class)
                    .setParameter("ids", ids.subList(first, Math.min(ids.size(), first + IDS_PER_QUERY)))
                    .getResultList());
        }
        return found;
    }
}
