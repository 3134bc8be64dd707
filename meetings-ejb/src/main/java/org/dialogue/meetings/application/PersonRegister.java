package org.dialogue.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.organisation.NotOwnOrganisationException;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.infrastructure.persistence.PersonRepository;

/**
 * The rules on an organisation's people that more than one service applies: who maintains them, who reads their
 * contact details, and how a new person is recorded (validated, saved, audited) inside the caller's transaction.
 */
@ApplicationScoped
class PersonRegister {

    static final String RECORD = "Person";

    @Inject
    private PersonRepository people;

    @Inject
    private InputValidation validation;

    @Inject
    private AuditTrail audit;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    /** The secretariat and administrators maintain every organisation's people; a delegate their own only. */
    static boolean maintains(UserAccount caller, Organisation organisation) {
        return caller.getRole() == Role.SECRETARIAT || caller.getRole() == Role.ADMINISTRATOR
                || (caller.getRole() == Role.DELEGATE && caller.getOrganisation() != null
                        && caller.getOrganisation().equals(organisation));
    }

    static void requireMaintains(UserAccount caller, Organisation organisation) {
        if (!maintains(caller, organisation)) {
            throw new NotOwnOrganisationException(organisation.getAcronym());
        }
    }

    /**
     * E-mail, phone and language: the secretariat and administrators (who organise and invite), and every user of the
     * person's own organisation. Others see the name and function only.
     */
    static boolean readsContactOf(UserAccount caller, Person person) {
        return caller.getRole() == Role.SECRETARIAT || caller.getRole() == Role.ADMINISTRATOR
                || (caller.getOrganisation() != null && person.belongsTo(caller.getOrganisation().getId()));
    }

    static void describe(Person person, PersonDetails details) {
        person.describe(details.name(), details.function(), details.email(), details.phone(),
                details.preferredLanguage());
    }

    /** Records a new person of the organisation, in the caller's transaction. */
    Person create(Organisation organisation, PersonDetails details, String actor) {
        Person person = new Person(organisation, details.name());
        describe(person, details);
        validation.check(person);
        people.add(person);
        OptimisticLocking.flush(em, RECORD, null, person);
        audit.created(actor, RECORD, person.getId(), person.auditFields());
        return person;
    }
}
