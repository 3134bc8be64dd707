package org.dialogue.meetings.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.Person;

/** Test only: a person of an organisation, written directly (the people's own service is another part of issue 7). */
@Stateless
@PermitAll
public class PeopleFixture {

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public long person(long organisationId, String name) {
        Person person = new Person(em.find(Organisation.class, organisationId), name);
        em.persist(person);
        em.flush();
        return person.getId();
    }
}
