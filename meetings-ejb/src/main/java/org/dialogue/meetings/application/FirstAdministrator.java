package org.dialogue.meetings.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.infrastructure.persistence.UserAccountRepository;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * On the first start (no account in the database), creates the administrator {@value #USERNAME}. There is no default
 * password anywhere: either the operator configured {@code meetings.admin.password} (MicroProfile Config), or a
 * random password is written to {@link InitialPasswordFile} and must be changed at the first sign-in, which deletes
 * the file.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstAdministrator {

    public static final String USERNAME = "admin";
    public static final String PASSWORD_PROPERTY = "meetings.admin.password";
    private static final String SYSTEM_ACTOR = "system";

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private InitialPasswordFile initialPasswordFile;

    @Inject
    private AuditTrail audit;

    @Resource
    private UserTransaction transaction;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void createWhenNoAccountExists() {
        try {
            transaction.begin();
            // Instances starting together on one database queue here, on a row lock held until this transaction
            // ends (the first row of Flyway's history, there once the schema is), so only the first finds no account.
            em.createNativeQuery("SELECT \"installed_rank\" FROM \"flyway_schema_history\""
                    + " WHERE \"installed_rank\" = 1 FOR UPDATE").getResultList();
            if (accounts.countAll() > 0) {
                transaction.commit();
                if (initialPasswordFile.exists()) {
                    LOG.warning(() -> "The first administrator's generated password is still in "
                            + initialPasswordFile.path() + ": sign in as '" + USERNAME + "' and change it.");
                }
                return;
            }
            Optional<String> configured = ConfigProvider.getConfig()
                    .getOptionalValue(PASSWORD_PROPERTY, String.class).filter(p -> !p.isBlank());
            String password = configured.orElseGet(passwords::generate);
            if (configured.isPresent()) {
                passwords.checkPolicy(PASSWORD_PROPERTY, USERNAME, password);
            }
            UserAccount admin = new UserAccount(USERNAME, "Administrator", Role.ADMINISTRATOR, null,
                    passwords.hash(password), clock.instant());
            if (configured.isPresent()) {
                admin.passwordChosen(admin.getPasswordHash(), clock.instant()); // the operator chose it
            }
            accounts.add(admin);
            em.flush();
            audit.record(SYSTEM_ACTOR, AuditAction.USER_CREATE, "User", admin.getId(),
                    "first administrator, password " + (configured.isPresent() ? "from " + PASSWORD_PROPERTY
                            : "generated into " + initialPasswordFile.path()));
            if (configured.isEmpty()) {
                Path file = initialPasswordFile.write(password);
                LOG.warning(() -> "First start: created the administrator '" + USERNAME + "'. Its password is in "
                        + file + " (readable by its owner only). Sign in with it and choose a new password;"
                        + " the file is then deleted.");
            } else {
                LOG.info(() -> "First start: created the administrator '" + USERNAME + "' with the password set in "
                        + PASSWORD_PROPERTY + ".");
            }
            transaction.commit();
        } catch (org.dialogue.meetings.domain.account.WeakPasswordException e) {
            rollback();
            LOG.severe(() -> "No administrator was created: " + PASSWORD_PROPERTY + " breaks the password policy ("
                    + e.getMessage() + "). Set a longer password that does not contain '" + USERNAME
                    + "', or remove the property to have one generated, and restart.");
        } catch (Exception e) {
            rollback();
            LOG.log(Level.WARNING, "The first administrator was not created", e);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.FINE, "rollback", e);
        }
    }
}
