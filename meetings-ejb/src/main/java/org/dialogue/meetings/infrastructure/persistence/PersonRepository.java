package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.organisation.Person;

/** The people of the organisations, and where each is referenced (delegations, invitations, user accounts). */
@ApplicationScoped
public class PersonRepository {

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public Optional<Person> find(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    /** An organisation's people in name order, with the organisation in the same query. */
    public List<Person> findByOrganisation(long organisationId) {
        return em.createNamedQuery(Person.FIND_BY_ORGANISATION, Person.class)
                .setParameter("organisation", organisationId)
                .getResultList();
    }

    public void add(Person person) {
        em.persist(person);
    }

    public void remove(Person person) {
        em.remove(person);
    }

    /** The meetings in whose participant lists the person is. */
    public List<Meeting> meetingsTakingPart(Person person) {
        return em.createQuery("select distinct m from Meeting m join m.participants p where p.person = :person",
                Meeting.class).setParameter("person", person).getResultList();
    }

    /** The meetings the person is invited to. */
    public List<Meeting> meetingsInvitedTo(Person person) {
        return em.createQuery("select distinct i.meeting from Invitation i where i.person = :person", Meeting.class)
                .setParameter("person", person).getResultList();
    }

    /** The user account linked to the person, if any. */
    public Optional<UserAccount> accountOf(Person person) {
        return em.createQuery("select u from UserAccount u where u.person = :person", UserAccount.class)
                .setParameter("person", person).getResultStream().findFirst();
    }
}
