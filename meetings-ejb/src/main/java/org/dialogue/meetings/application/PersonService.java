package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dialogue.meetings.domain.account.PersonLinkException;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.domain.organisation.PersonInUseException;
import org.dialogue.meetings.domain.organisation.PersonOfOtherOrganisationException;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.infrastructure.persistence.OrganisationRepository;
import org.dialogue.meetings.infrastructure.persistence.PersonRepository;
import org.dialogue.meetings.infrastructure.persistence.UserAccountRepository;

/**
 * The people of each organisation, from whom delegations are chosen. Everyone signed in reads names and functions;
 * e-mail, phone and preferred language go to the secretariat, administrators and the person's own organisation (see
 * {@link PersonEntry}). The secretariat and administrators maintain every organisation's people, a delegate their own
 * organisation's; an administrator links a user account to its person. Every change is audited and made against the
 * version the editor saw; a person still referenced (in a delegation, an invitation, a user account) is not removed.
 */
@Stateless
@Interceptors(CallerAccountCheck.class) // the account is checked on every call, not only at sign-in
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class PersonService {

    private static final String RECORD = PersonRegister.RECORD;
    private static final String ACCOUNT = "User";

    @Inject
    private PersonRepository people;

    @Inject
    private PersonRegister register;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private InputValidation validation;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    // --- reading ---

    /** An organisation's people in name order, contact details as the caller may see them. */
    public List<PersonEntry> findByOrganisation(long organisationId) {
        UserAccount caller = callers.account(context);
        return people.findByOrganisation(organisationId).stream()
                .map(person -> PersonEntry.of(person, PersonRegister.readsContactOf(caller, person))).toList();
    }

    public Optional<PersonEntry> find(long id) {
        UserAccount caller = callers.account(context);
        return people.find(id).map(person -> PersonEntry.of(person, PersonRegister.readsContactOf(caller, person)));
    }

    /** Whether the caller may add, change and remove the organisation's people (for the page's buttons). */
    public boolean maintains(long organisationId) {
        UserAccount caller = callers.account(context);
        return organisations.find(organisationId).map(o -> PersonRegister.maintains(caller, o)).orElse(false);
    }

    // --- maintaining: the secretariat, administrators, a delegate for their own organisation ---

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE})
    public PersonEntry add(long organisationId, PersonDetails details) {
        Organisation organisation = organisations.find(organisationId)
                .orElseThrow(() -> new RecordNotFoundException("Organisation", organisationId));
        PersonRegister.requireMaintains(callers.account(context), organisation);
        return PersonEntry.of(register.create(organisation, details, Callers.name(context)), true);
    }

    /** Changes what is known of a person; participants recorded for them take the new name. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE})
    public PersonEntry update(long id, long expectedVersion, PersonDetails details) {
        Person person = load(id, expectedVersion);
        Map<String, String> before = person.auditFields();
        String nameBefore = person.getName();
        PersonRegister.describe(person, details);
        validation.check(person);
        if (!person.getName().equals(nameBefore)) {
            people.meetingsTakingPart(person).forEach(meeting -> meeting.getParticipants().stream()
                    .filter(p -> p.getPerson() == person).forEach(p -> p.personRenamed()));
        }
        em.lock(person, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        OptimisticLocking.flush(em, RECORD, id, person);
        audit.changed(Callers.name(context), AuditAction.UPDATE, RECORD, id, before, person.auditFields());
        return PersonEntry.of(person, true);
    }

    /** Removes a person nobody refers to; otherwise says where they are still referenced. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE})
    public void remove(long id, long expectedVersion) {
        Person person = load(id, expectedVersion);
        Reader reader = callers.reader(context);
        List<Meeting> takingPart = people.meetingsTakingPart(person);
        List<Meeting> invited = people.meetingsInvitedTo(person);
        Optional<UserAccount> account = people.accountOf(person);
        if (!takingPart.isEmpty() || !invited.isEmpty() || account.isPresent()) {
            List<String> visibleTakingPart = titlesVisibleTo(reader, takingPart);
            List<String> visibleInvited = titlesVisibleTo(reader, invited);
            int hidden = takingPart.size() - visibleTakingPart.size() + invited.size() - visibleInvited.size();
            throw new PersonInUseException(person.getName(), visibleTakingPart, visibleInvited, hidden,
                    account.map(UserAccount::getUsername).orElse(null));
        }
        Map<String, String> before = person.auditFields();
        people.remove(person);
        OptimisticLocking.flush(em, RECORD, id, person);
        audit.changed(Callers.name(context), AuditAction.DELETE_PART, RECORD, id, before, Map.of());
    }

    // --- user accounts and their person: the administrator's ---

    /**
     * Links a user account to one of the people of its organisation, or unlinks it ({@code personId} null). A person
     * belongs to one account at most.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public AccountSummary linkAccount(long accountId, long expectedVersion, Long personId) {
        UserAccount account = accounts.find(accountId).orElseThrow(() -> new RecordNotFoundException(ACCOUNT,
                accountId));
        OptimisticLocking.requireUnchanged(ACCOUNT, accountId, account.getVersion(), expectedVersion);
        Map<String, String> before = linkFields(account);
        Person person = null;
        if (personId != null) {
            person = people.find(personId).orElseThrow(() -> new RecordNotFoundException(RECORD, personId));
            if (account.getOrganisation() == null) {
                throw PersonLinkException.noOrganisation(account.getUsername());
            }
            if (!person.belongsTo(account.getOrganisation().getId())) {
                throw new PersonOfOtherOrganisationException("personId", person.getName(),
                        person.getOrganisation().getAcronym(), account.getOrganisation().getAcronym());
            }
            Optional<UserAccount> other = people.accountOf(person).filter(u -> !u.getId().equals(accountId));
            if (other.isPresent()) {
                throw PersonLinkException.alreadyLinked(person.getName(), other.get().getUsername());
            }
        }
        account.linkTo(person);
        em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        OptimisticLocking.flush(em, ACCOUNT, accountId, account);
        audit.changed(Callers.name(context), AuditAction.USER_UPDATE, ACCOUNT, accountId, before,
                linkFields(account));
        return AccountSummary.of(account);
    }

    /** The person linked to a user account, for the administrator's user form. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Optional<PersonEntry> linkedTo(long accountId) {
        return accounts.find(accountId).map(UserAccount::getPerson).map(person -> PersonEntry.of(person, true));
    }

    // --- helpers ---

    private Person load(long id, long expectedVersion) {
        Person person = people.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        PersonRegister.requireMaintains(callers.account(context), person.getOrganisation());
        OptimisticLocking.requireUnchanged(RECORD, id, person.getVersion(), expectedVersion);
        return person;
    }

    private static List<String> titlesVisibleTo(Reader reader, List<Meeting> meetings) {
        List<String> titles = new ArrayList<>();
        meetings.stream().filter(m -> m.isVisibleTo(reader)).forEach(m -> titles.add(m.getTitle()));
        return titles;
    }

    private static Map<String, String> linkFields(UserAccount account) {
        Map<String, String> fields = new LinkedHashMap<>();
        Person person = account.getPerson();
        fields.put("person", person == null ? "" : person.getName() + " (id " + person.getId() + ")");
        return fields;
    }
}
