package org.dialogue.meetings.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.annotation.Resource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.invitation.InvitationIssued;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.Person;

/**
 * Test only, for the invitation tests: people of an organisation and a meeting's delegation made directly in the
 * database (their own services belong to another part of the work), and the {@link InvitationIssued} events the
 * service fires, each with what the observer saw of its transaction.
 */
@ApplicationScoped
public class InvitationFixtures {

    /** An event as observed: was a transaction active, and did it already hold the invitation's row? */
    public record Observed(InvitationIssued event, boolean inTransaction, boolean invitationVisible) {
    }

    private final List<Observed> observed = new CopyOnWriteArrayList<>();

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Transactional
    public Person person(String organisationAcronym, String name, String email) {
        Organisation organisation = em.createQuery("SELECT o FROM Organisation o WHERE o.acronym = :a",
                Organisation.class).setParameter("a", organisationAcronym).getSingleResult();
        Person person = new Person(organisation, name);
        person.describe(name, "Liaison officer", email, null, "en");
        em.persist(person);
        em.flush();
        return person;
    }

    /** Adds the person to the meeting's participants (their organisation's delegation). */
    @Transactional
    public void addToDelegation(long meetingId, long personId, ParticipantRole role) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        meeting.addParticipant(em.find(Person.class, personId), role);
    }

    void issued(@Observes InvitationIssued event) {
        boolean active = transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
        observed.add(new Observed(event, active, em.find(Invitation.class, event.invitationId()) != null));
    }

    /** The events observed for these invitations, in order. */
    public List<Observed> observedFor(List<Long> invitationIds) {
        return observed.stream().filter(o -> invitationIds.contains(o.event().invitationId())).toList();
    }
}
