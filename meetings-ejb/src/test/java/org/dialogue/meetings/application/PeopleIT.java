package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.audit.AuditEntry;
import org.dialogue.meetings.domain.audit.AuditSearch;
import org.dialogue.meetings.domain.invitation.Invitation;
import org.dialogue.meetings.domain.meeting.Classification;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.meeting.Participant;
import org.dialogue.meetings.domain.meeting.ParticipantRole;
import org.dialogue.meetings.domain.meeting.PersonAlreadyTakesPartException;
import org.dialogue.meetings.domain.meeting.SecondHeadOfDelegationException;
import org.dialogue.meetings.domain.organisation.NotOwnOrganisationException;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.domain.organisation.PersonInUseException;
import org.dialogue.meetings.domain.organisation.PersonOfOtherOrganisationException;
import org.dialogue.meetings.domain.account.PersonLinkException;
import org.dialogue.meetings.domain.shared.InvalidInputException;
import org.dialogue.meetings.domain.shared.StaleRecordException;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The people of each organisation and the delegations chosen from them, in the container: who maintains whom, who
 * reads contact details, the one-head-of-delegation rule through people, a new person added on the spot, version
 * conflicts, the refusal to remove a referenced person (saying where), and linking a user account to its person.
 * Every record is new and uniquely named, so the tests run in any order, on H2 and on PostgreSQL.
 */
@ContainerTest
class PeopleIT {

    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @EJB
    private PersonService personService;

    @EJB
    private MeetingService meetingService;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private AccountService accountService;

    @EJB
    private AuditService auditService;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction transaction;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
    }

    @Test
    void aDelegateMaintainsTheirOwnOrganisationsPeopleOnlyAndEveryChangeIsAudited() {
        long afripol = users.organisationId();
        long europol = acronymId("EUROPOL");
        String name = "Nadia Benali " + unique();

        PersonEntry added = users.delegate().call(() -> personService.add(afripol, new PersonDetails(name,
                "Head of unit", "nadia@example.org", "+213 21 00 00 00", "fr")));
        assertThat(added.organisationAcronym()).isEqualTo("AFRIPOL");
        assertThat(added.email()).isEqualTo("nadia@example.org");

        // Another organisation's delegate neither adds to AFRIPOL nor changes or removes its people.
        assertThatThrownBy(() -> users.secondDelegate().call(() -> personService.add(afripol,
                new PersonDetails("Intruder " + unique(), null, null, null, null))))
                .isInstanceOf(NotOwnOrganisationException.class).hasMessageContaining("AFRIPOL");
        assertThatThrownBy(() -> users.secondDelegate().call(() -> personService.update(added.id(), added.version(),
                new PersonDetails("Renamed", null, null, null, null))))
                .isInstanceOf(NotOwnOrganisationException.class);
        assertThatThrownBy(() -> users.secondDelegate().run(() -> personService.remove(added.id(), added.version())))
                .isInstanceOf(NotOwnOrganisationException.class);
        assertThat(users.secondDelegate().call(() -> personService.maintains(afripol))).isFalse();
        assertThat(users.secondDelegate().call(() -> personService.maintains(europol))).isTrue();
        assertThat(users.delegate().call(() -> personService.maintains(afripol))).isTrue();
        assertThat(users.observer().call(() -> personService.maintains(afripol))).isFalse();

        // The secretariat maintains everyone's people.
        PersonEntry europolPerson = users.secretariat().call(() -> personService.add(europol, new PersonDetails(
                "Jan de Vries " + unique(), "Liaison officer", "jan@example.org", null, "en")));

        // Contact details: the person's own organisation, the secretariat and administrators; others see names.
        PersonEntry seenByOther = users.secondDelegate().call(() -> personService.find(added.id())).orElseThrow();
        assertThat(seenByOther.name()).isEqualTo(name);
        assertThat(seenByOther.function()).isEqualTo("Head of unit");
        assertThat(seenByOther.contactShown()).isFalse();
        assertThat(seenByOther.email()).isNull();
        assertThat(seenByOther.phone()).isNull();
        assertThat(users.observer().call(() -> personService.findByOrganisation(afripol)))
                .filteredOn(p -> p.id() == added.id()).singleElement()
                .satisfies(p -> assertThat(p.email()).isEqualTo("nadia@example.org"));
        assertThat(users.observer().call(() -> personService.find(europolPerson.id())).orElseThrow().email())
                .isNull();
        assertThat(users.administrator().call(() -> personService.find(europolPerson.id())).orElseThrow().email())
                .isEqualTo("jan@example.org");

        // Validation: the offered languages only, a real e-mail address.
        assertThatThrownBy(() -> users.delegate().call(() -> personService.add(afripol,
                new PersonDetails("X " + unique(), null, "not an address", null, "de"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field)
                        .containsExactly("email", "preferredLanguage"));

        // A change on an outdated copy is refused; the right version goes through.
        PersonEntry changed = users.delegate().call(() -> personService.update(added.id(), added.version(),
                new PersonDetails(name, "Director", "nadia@example.org", null, "ar")));
        assertThat(changed.version()).isGreaterThan(added.version());
        assertThatThrownBy(() -> users.secretariat().call(() -> personService.update(added.id(), added.version(),
                new PersonDetails(name, "Overwritten", null, null, null)))).isInstanceOf(StaleRecordException.class);
        assertThat(users.delegate().call(() -> personService.find(added.id())).orElseThrow().function())
                .isEqualTo("Director");

        users.delegate().run(() -> personService.remove(changed.id(), changed.version()));
        assertThat(users.delegate().call(() -> personService.find(added.id()))).isEmpty();

        List<AuditEntry> trail = users.administrator().call(() -> auditService.search(new AuditSearch(null,
                "Person", added.id(), null, null, null), 0, 10));
        assertThat(trail).extracting(AuditEntry::getActor).containsOnly(TestUsers.DELEGATE).hasSize(3);
        assertThat(trail).anySatisfy(e -> assertThat(e.getChanges()).contains("Head of unit").contains("Director"));
    }

    @Test
    void aDelegationIsChosenFromThePeopleWithOneHeadAndANewPersonIsAddedOnTheSpot() {
        long afripol = users.organisationId();
        long europol = acronymId("EUROPOL");
        PersonEntry head = users.secretariat().call(() -> personService.add(afripol,
                new PersonDetails("Amina Haddad " + unique(), "Commissioner", null, null, "ar")));
        PersonEntry deputy = users.secretariat().call(() -> personService.add(afripol,
                new PersonDetails("Karim Saadi " + unique(), null, null, null, null)));
        Meeting scheduled = schedule("Delegations " + unique(), Classification.RESTRICTED, Set.of());
        long id = scheduled.getId();

        Meeting withHead = users.secretariat().call(() -> meetingService.addParticipant(id, scheduled.getVersion(),
                ParticipantDetails.person(afripol, head.id(), ParticipantRole.HEAD_OF_DELEGATION)));
        assertThat(withHead.getParticipants()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo(head.name());
            assertThat(p.getPerson().getId()).isEqualTo(head.id());
        });

        // A second head for AFRIPOL is refused, naming the current one; the same person twice too.
        assertThatThrownBy(() -> users.secretariat().call(() -> meetingService.addParticipant(id,
                withHead.getVersion(), ParticipantDetails.person(afripol, deputy.id(),
                        ParticipantRole.HEAD_OF_DELEGATION))))
                .isInstanceOf(SecondHeadOfDelegationException.class).hasMessageContaining(head.name());
        assertThatThrownBy(() -> users.secretariat().call(() -> meetingService.addParticipant(id,
                withHead.getVersion(), ParticipantDetails.person(afripol, head.id(), ParticipantRole.DELEGATE))))
                .isInstanceOf(PersonAlreadyTakesPartException.class);
        // A person is chosen for their own organisation only.
        assertThatThrownBy(() -> users.secretariat().call(() -> meetingService.addParticipant(id,
                withHead.getVersion(), ParticipantDetails.person(europol, deputy.id(), ParticipantRole.DELEGATE))))
                .isInstanceOf(PersonOfOtherOrganisationException.class).hasMessageContaining("EUROPOL");
        // The version seen must be the current one.
        assertThatThrownBy(() -> users.secretariat().call(() -> meetingService.addParticipant(id,
                scheduled.getVersion(), ParticipantDetails.person(afripol, deputy.id(), ParticipantRole.DELEGATE))))
                .isInstanceOf(StaleRecordException.class);

        Meeting withDeputy = users.secretariat().call(() -> meetingService.addParticipant(id, withHead.getVersion(),
                ParticipantDetails.person(afripol, deputy.id(), ParticipantRole.DELEGATE)));

        // A new person on the spot: created in EUROPOL and added to its delegation in one step ...
        String newName = "Lena Vogel " + unique();
        Meeting withNew = users.secretariat().call(() -> meetingService.addParticipant(id, withDeputy.getVersion(),
                ParticipantDetails.newPerson(europol, new PersonDetails(newName, "Analyst", "lena@example.org", null,
                        "en"), ParticipantRole.HEAD_OF_DELEGATION)));
        assertThat(withNew.getParticipants()).extracting(Participant::getName)
                .containsExactlyInAnyOrder(head.name(), deputy.name(), newName);
        assertThat(users.secretariat().call(() -> personService.findByOrganisation(europol)))
                .filteredOn(p -> p.name().equals(newName)).singleElement()
                .satisfies(p -> assertThat(p.function()).isEqualTo("Analyst"));
        // ... and a refused one leaves no new person behind.
        String refusedName = "Refused " + unique();
        assertThatThrownBy(() -> users.secretariat().call(() -> meetingService.addParticipant(id,
                withNew.getVersion(), ParticipantDetails.newPerson(europol, new PersonDetails(refusedName, null, null,
                        null, null), ParticipantRole.HEAD_OF_DELEGATION))))
                .isInstanceOf(SecondHeadOfDelegationException.class).hasMessageContaining(newName);
        assertThat(users.secretariat().call(() -> personService.findByOrganisation(europol)))
                .extracting(PersonEntry::name).doesNotContain(refusedName);

        // Renaming a person renames their participation; old name-only participants still work.
        PersonEntry renamed = users.secretariat().call(() -> personService.update(deputy.id(), deputy.version(),
                new PersonDetails(deputy.name() + " Jr", null, null, null, null)));
        Meeting withOld = users.secretariat().call(() -> meetingService.addParticipant(id, withNew.getVersion(),
                new ParticipantDetails("Name Only " + unique(), afripol, ParticipantRole.OBSERVER)));
        assertThat(withOld.getParticipants()).extracting(Participant::getName).contains(renamed.name())
                .doesNotContain(deputy.name());
        assertThat(withOld.getParticipants()).filteredOn(p -> p.getRole() == ParticipantRole.OBSERVER)
                .singleElement().satisfies(p -> assertThat(p.getPerson()).isNull());
        // A delegate reads the meeting but does not choose its participants.
        assertThatThrownBy(() -> users.delegate().call(() -> meetingService.addParticipant(id,
                withOld.getVersion(), ParticipantDetails.person(afripol, deputy.id(), ParticipantRole.OBSERVER))))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    @Test
    void aPersonStillReferencedIsNotRemovedAndTheRefusalSaysWhere() throws Exception {
        long afripol = users.organisationId();
        PersonEntry person = users.secretariat().call(() -> personService.add(afripol,
                new PersonDetails("Moussa Diallo " + unique(), null, null, null, null)));
        String openTitle = "Seen meeting " + unique();
        Meeting open = schedule(openTitle, Classification.RESTRICTED, Set.of());
        users.secretariat().call(() -> meetingService.addParticipant(open.getId(), open.getVersion(),
                ParticipantDetails.person(afripol, person.id(), ParticipantRole.DELEGATE)));
        // A confidential meeting the delegate is not listed on: named to the secretariat, only counted to them.
        String hiddenTitle = "Hidden meeting " + unique();
        Meeting hidden = schedule(hiddenTitle, Classification.CONFIDENTIAL, Set.of());
        invite(hidden.getId(), person.id());

        assertThatThrownBy(() -> users.delegate().run(() -> personService.remove(person.id(), person.version())))
                .isInstanceOf(PersonInUseException.class)
                .hasMessageContaining("takes part in \u201c" + openTitle + "\u201d")
                .hasMessageContaining("1 more meeting(s) that you may not see")
                .hasMessageNotContaining(hiddenTitle);
        assertThatThrownBy(() -> users.secretariat().run(() -> personService.remove(person.id(), person.version())))
                .isInstanceOf(PersonInUseException.class)
                .hasMessageContaining(openTitle)
                .hasMessageContaining("is invited to \u201c" + hiddenTitle + "\u201d");
        assertThat(users.secretariat().call(() -> personService.find(person.id()))).isPresent();

        // Taken out of the meeting and the invitation gone, the person can be removed.
        Meeting current = users.secretariat().call(() -> meetingService.find(open.getId())).orElseThrow();
        users.secretariat().call(() -> meetingService.removeParticipant(current.getId(), current.getVersion(),
                current.getParticipants().get(0).getId()));
        uninvite(hidden.getId(), person.id());
        users.secretariat().run(() -> personService.remove(person.id(), person.version()));
        assertThat(users.secretariat().call(() -> personService.find(person.id()))).isEmpty();
    }

    @Test
    void anAdministratorLinksAUserAccountToAPersonOfItsOrganisation() {
        long afripol = users.organisationId();
        long europol = acronymId("EUROPOL");
        String username = "people-" + unique();
        AccountSummary account = users.administrator().call(() -> accountService.create(new NewUserDetails(username,
                "Person Linked", Role.DELEGATE, afripol))).account();
        PersonEntry own = users.administrator().call(() -> personService.add(afripol,
                new PersonDetails("Own Person " + unique(), null, null, null, null)));
        PersonEntry foreign = users.administrator().call(() -> personService.add(europol,
                new PersonDetails("Foreign Person " + unique(), null, null, null, null)));

        assertThatThrownBy(() -> users.administrator().call(() -> personService.linkAccount(account.getId(),
                account.getVersion(), foreign.id()))).isInstanceOf(PersonOfOtherOrganisationException.class);
        assertThatThrownBy(() -> users.secretariat().call(() -> personService.linkAccount(account.getId(),
                account.getVersion(), own.id()))).isInstanceOf(jakarta.ejb.EJBAccessException.class);

        AccountSummary linked = users.administrator().call(() -> personService.linkAccount(account.getId(),
                account.getVersion(), own.id()));
        assertThat(linked.getVersion()).isGreaterThan(account.getVersion());
        assertThat(users.administrator().call(() -> personService.linkedTo(account.getId())))
                .hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(own.id()));
        // On an outdated page the link is refused.
        assertThatThrownBy(() -> users.administrator().call(() -> personService.linkAccount(account.getId(),
                account.getVersion(), null))).isInstanceOf(StaleRecordException.class);

        // The person now belongs to this account: another account cannot take them, and they cannot be removed.
        AccountSummary other = users.administrator().call(() -> accountService.create(new NewUserDetails(
                "people-" + unique(), "Other", Role.OBSERVER, afripol))).account();
        assertThatThrownBy(() -> users.administrator().call(() -> personService.linkAccount(other.getId(),
                other.getVersion(), own.id()))).isInstanceOf(PersonLinkException.class)
                .hasMessageContaining(username);
        assertThatThrownBy(() -> users.administrator().run(() -> personService.remove(own.id(), own.version())))
                .isInstanceOf(PersonInUseException.class).hasMessageContaining("user account " + username);

        AccountSummary unlinked = users.administrator().call(() -> personService.linkAccount(account.getId(),
                linked.getVersion(), null));
        assertThat(users.administrator().call(() -> personService.linkedTo(unlinked.getId()))).isEmpty();

        // A user who moves to another organisation leaves their person behind.
        AccountSummary relinked = users.administrator().call(() -> personService.linkAccount(account.getId(),
                unlinked.getVersion(), own.id()));
        AccountSummary moved = users.administrator().call(() -> accountService.update(account.getId(),
                relinked.getVersion(), "Person Linked", Role.DELEGATE, europol));
        assertThat(users.administrator().call(() -> personService.linkedTo(moved.getId()))).isEmpty();
        assertThat(users.administrator().call(() -> auditService.search(new AuditSearch(null, "User",
                account.getId(), null, null, null), 0, 10))).anySatisfy(e -> assertThat(e.getChanges())
                .contains(own.name()));
    }

    @Test
    void theSecretariatEditsAnOrganisationAndADelegateDoesNot() {
        Organisation eco = users.secretariat().call(() -> organisationService.findByAcronym("ECO")).orElseThrow();
        String motto = "Motto " + unique();
        Organisation changed = users.secretariat().call(() -> organisationService.update(eco.getId(),
                eco.getVersion(), new OrganisationDetails(eco.getAcronym(), eco.getName(), eco.getKind(),
                        eco.getFoundedYear(), eco.getHeadquarters(), eco.getMemberCount(), eco.getObserverCount(),
                        motto)));
        assertThat(changed.getMotto()).isEqualTo(motto);
        assertThatThrownBy(() -> users.delegate().call(() -> organisationService.update(eco.getId(),
                changed.getVersion(), new OrganisationDetails(eco.getAcronym(), eco.getName(), eco.getKind(), null,
                        null, null, null, null)))).isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    // --- helpers ---

    private Meeting schedule(String title, Classification classification, Set<Long> accessUsers) {
        return users.secretariat().call(() -> meetingService.schedule(new MeetingDetails(
                MeetingKind.JOINT_OPERATIONAL_MEETING, title, LocalDateTime.of(2028, 3, 14, 9, 0),
                LocalDateTime.of(2028, 3, 14, 17, 0), NAIROBI, "UN Complex", "Room " + unique(), "Nairobi", "Kenya",
                Set.of(acronymId("INTERPOL")), null, null, classification, accessUsers)));
    }

    /** Invitations are made by the invitation service of another part of the issue: written directly here. */
    private void invite(long meetingId, long personId) throws Exception {
        transaction.begin();
        em.persist(new Invitation(em.find(Meeting.class, meetingId), em.find(Person.class, personId), "test",
                Instant.now()));
        transaction.commit();
    }

    private void uninvite(long meetingId, long personId) throws Exception {
        transaction.begin();
        em.createQuery("delete from Invitation i where i.meeting.id = :meeting and i.person.id = :person")
                .setParameter("meeting", meetingId).setParameter("person", personId).executeUpdate();
        transaction.commit();
    }

    private long acronymId(String acronym) {
        return users.secretariat().call(() -> organisationService.findByAcronym(acronym)).orElseThrow().getId();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
