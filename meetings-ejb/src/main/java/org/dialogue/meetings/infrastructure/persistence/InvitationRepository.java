package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.invitation.MeetingAttendance;
import org.dialogue.meetings.domain.organisation.Person;

/** Invitations, recorded attendance, and the people they concern. Each list is one query with what its page shows. */
@ApplicationScoped
public class InvitationRepository {

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public Optional<Invitation> find(long id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    public void add(Invitation invitation) {
        em.persist(invitation);
    }

    /** A meeting's invitations with their people and organisations, by organisation and name. */
    public List<Invitation> ofMeeting(long meetingId) {
        return em.createQuery("SELECT i FROM Invitation i JOIN FETCH i.person p JOIN FETCH p.organisation o"
                        + " WHERE i.meeting.id = :meeting ORDER BY o.acronym, p.name, i.id", Invitation.class)
                .setParameter("meeting", meetingId).getResultList();
    }

    public Optional<Invitation> find(long meetingId, long personId) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.meeting.id = :meeting AND i.person.id = :person",
                        Invitation.class)
                .setParameter("meeting", meetingId).setParameter("person", personId)
                .getResultStream().findFirst();
    }

    public void add(MeetingAttendance attendance) {
        em.persist(attendance);
    }

    /** The attendance recorded for a meeting, with its people and organisations. */
    public List<MeetingAttendance> attendanceOf(long meetingId) {
        return em.createQuery("SELECT a FROM MeetingAttendance a JOIN FETCH a.person p JOIN FETCH p.organisation o"
                        + " WHERE a.meeting.id = :meeting ORDER BY o.acronym, p.name, a.id", MeetingAttendance.class)
                .setParameter("meeting", meetingId).getResultList();
    }

    public Optional<MeetingAttendance> attendance(long meetingId, long personId) {
        return em.createQuery("SELECT a FROM MeetingAttendance a WHERE a.meeting.id = :meeting"
                        + " AND a.person.id = :person", MeetingAttendance.class)
                .setParameter("meeting", meetingId).setParameter("person", personId)
                .getResultStream().findFirst();
    }

    public Optional<Person> person(long personId) {
        return Optional.ofNullable(em.find(Person.class, personId));
    }

    /** An organisation's people, by name. */
    public List<Person> peopleOf(long organisationId) {
        return em.createQuery("SELECT p FROM Person p WHERE p.organisation.id = :organisation ORDER BY p.name, p.id",
                        Person.class)
                .setParameter("organisation", organisationId).getResultList();
    }
}
