package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.application.mail.MailQueue;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.UnsupportedLanguageException;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.audit.AuditEntry;
import org.dialogue.meetings.domain.audit.AuditSearch;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.organisation.Person;
import org.dialogue.meetings.domain.shared.BusinessRuleException;
import org.dialogue.meetings.domain.shared.InvalidInputException;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The languages in the container (issue 8): a user's own choice saved on their account and audited (V12), refusals
 * written in the reader's language whatever the server's, and the language of the mails to a person.
 */
@ContainerTest
class LanguagesIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @Inject
    private MailQueue mailQueue;

    @EJB
    private AccountService accountService;

    @EJB
    private AuditService auditService;

    @EJB
    private LanguageFixtures fixtures;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
    }

    /** The observer's account is shared by every container-test class: its language is put back as it was. */
    @Test
    void aUserChoosesTheirOwnLanguageOnlyAmongTheFourAndTheChangeIsAudited() {
        AccountSummary before = users.account(TestUsers.OBSERVER);
        try {
            chooseAndRefuseLanguages();
        } finally {
            fixtures.accountLanguageBack(before.getId(), before.getLanguage().orElse(null));
        }
    }

    private void chooseAndRefuseLanguages() {
        AccountSummary chosen = users.observer().call(() -> accountService.chooseOwnLanguage("ar"));
        assertThat(chosen.getLanguage()).contains("ar");
        assertThat(users.observer().call(accountService::me).getLanguage()).contains("ar");

        AccountSummary again = users.observer().call(() -> accountService.chooseOwnLanguage("es"));
        assertThat(again.getLanguage()).contains("es");
        assertThat(again.getVersion()).isGreaterThan(chosen.getVersion());
        List<AuditEntry> trail = users.administrator().call(() -> auditService.search(new AuditSearch(null,
                "User", again.getId(), null, null, null), 0, 5));
        assertThat(trail).anySatisfy(entry -> {
            assertThat(entry.getActor()).isEqualTo(TestUsers.OBSERVER);
            assertThat(entry.getAction()).isEqualTo(AuditAction.USER_UPDATE);
            assertThat(entry.getChanges()).contains("language").contains("ar").contains("es");
        });

        for (String refused : List.of("de", "FR", "fr-FR", "", "<b>ar</b>")) {
            assertThatThrownBy(() -> users.observer().call(() -> accountService.chooseOwnLanguage(refused)))
                    .as(refused).isInstanceOfSatisfying(UnsupportedLanguageException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.account.unsupportedLanguage");
                        assertThat(e.localizedMessage(Locale.ENGLISH)).contains("English, French, Spanish or Arabic");
                        assertThat(e.localizedMessage(Locale.FRENCH)).isEqualTo(new java.text.MessageFormat(
                                bundle(BusinessRuleException.BUNDLE, "fr").getString(e.messageKey()), Locale.FRENCH)
                                .format(new Object[] {refused}));
                    });
        }
        assertThat(users.observer().call(accountService::me).getLanguage()).contains("es");
        assertThatThrownBy(() -> users.anonymous().call(() -> accountService.chooseOwnLanguage("fr")))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    @Test
    void aRefusedInputCarriesItsTemplateSoThePageWritesItInTheReadersLanguage() {
        assertThatThrownBy(() -> users.administrator().call(() -> accountService.create(new NewUserDetails("x",
                "Too Short", Role.SECRETARIAT, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    InvalidInputException.Violation violation = e.violations().stream()
                            .filter(v -> v.field().equals("username")).findFirst().orElseThrow();
                    assertThat(violation.template()).isEqualTo("{user.username.size}");
                    assertThat(violation.attributes()).containsEntry("min", "3").containsEntry("max", "60");
                    assertThat(violation.localizedMessage(Locale.ENGLISH))
                            .isEqualTo("The user name has between 3 and 60 characters.");
                    assertThat(violation.localizedMessage(Locale.forLanguageTag("es"))).isEqualTo(
                            bundle(InvalidInputException.VALIDATION_BUNDLE, "es").getString("user.username.size")
                                    .replace("{min}", "3").replace("{max}", "60"));
                });
    }

    @Test
    void mailsToAPersonAreInTheirPreferredLanguageElseTheirAccountsElseEnglish() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        IssuedPassword issued = users.administrator().call(() -> accountService.create(new NewUserDetails(
                "lang-" + unique, "Lang User", Role.SECRETARIAT, null)));
        long account = issued.account().getId();
        long linked = fixtures.personLinkedTo(account, "Linked Person " + unique, null);
        long alone = fixtures.person("Alone Person " + unique, null);

        assertThat(fixtures.mailLanguage(mailQueue, linked)).as("linked account without a choice").isNull();
        fixtures.accountChooses(account, "fr");
        assertThat(fixtures.mailLanguage(mailQueue, linked)).as("the linked account's choice").isEqualTo("fr");
        assertThat(fixtures.mailLanguage(mailQueue, alone)).as("nobody chose: English").isNull();

        long preferring = fixtures.personLinkedTo(account, "Preferring Person " + unique, "es");
        assertThat(fixtures.mailLanguage(mailQueue, preferring)).as("the person's own preference first")
                .isEqualTo("es");
    }

    private static ResourceBundle bundle(String name, String language) {
        return ResourceBundle.getBundle(name, Locale.forLanguageTag(language), LanguagesIT.class.getClassLoader());
    }

    /** Test only: people linked to accounts, written directly as the people and account services would. */
    @Stateless
    public static class LanguageFixtures {

        @PersistenceContext(unitName = "meetings")
        private EntityManager em;

        public long person(String name, String preferredLanguage) {
            Organisation organisation = em.createNamedQuery(Organisation.FIND_BY_ACRONYM, Organisation.class)
                    .setParameter("acronym", TestUsers.ORGANISATION).getSingleResult();
            Person person = new Person(organisation, name);
            person.describe(name, null, null, null, preferredLanguage);
            em.persist(person);
            em.flush();
            return person.getId();
        }

        /** A person, linked to the account (which leaves the person it was linked to before). */
        public long personLinkedTo(long accountId, String name, String preferredLanguage) {
            long person = person(name, preferredLanguage);
            em.find(UserAccount.class, accountId).linkTo(em.find(Person.class, person));
            return person;
        }

        public void accountChooses(long accountId, String language) {
            em.find(UserAccount.class, accountId).chooseLanguage(language);
        }

        /** The account's language as it was, none included (which no choice can set again). */
        public void accountLanguageBack(long accountId, String language) {
            em.createQuery("update UserAccount u set u.language = :language where u.id = :id")
                    .setParameter("language", language).setParameter("id", accountId).executeUpdate();
        }

        public String mailLanguage(MailQueue queue, long personId) {
            return queue.languageOf(em.find(Person.class, personId));
        }
    }
}
