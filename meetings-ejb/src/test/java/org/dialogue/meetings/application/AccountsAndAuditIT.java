package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.domain.account.DuplicateUsernameException;
import org.dialogue.meetings.domain.account.OrganisationRequiredException;
import org.dialogue.meetings.domain.account.OwnAccountException;
import org.dialogue.meetings.domain.account.PasswordAttemptsLockedException;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.SignInThrottle;
import org.dialogue.meetings.domain.account.WeakPasswordException;
import org.dialogue.meetings.domain.account.WrongPasswordException;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.audit.AuditEntry;
import org.dialogue.meetings.domain.audit.AuditSearch;
import org.dialogue.meetings.domain.meeting.Meeting;
import org.dialogue.meetings.domain.meeting.MeetingKind;
import org.dialogue.meetings.domain.shared.InvalidInputException;
import org.dialogue.meetings.infrastructure.persistence.AuditRepository;
import org.dialogue.meetings.testing.Caller;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.TestUsers;
import org.dialogue.meetings.testing.WhoAmI;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in, the throttle, the password policy, the administration of users and the audit trail, through the services
 * in the container. Each test makes its own users (unique names), so the tests depend neither on each other nor on
 * their order. Hashing costs about 0.3 s a sign-in here: the tests sign in only where that is the point.
 */
@ContainerTest
class AccountsAndAuditIT {

    private static final String HASH_PREFIX = "PBKDF2WithHmacSHA256:600000:";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String WOVEN = "_persistence_";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @Inject
    private InitialPasswordFile initialPasswordFile;

    @EJB
    private AccountService accountService;

    @EJB
    private AuditService auditService;

    @EJB
    private MeetingService meetingService;

    @EJB
    private OrganisationService organisationService;

    @EJB
    private WhoAmI whoAmI;

    @Resource(lookup = "java:app/jdbc/meetings")
    private DataSource dataSource;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
    }

    // --- the callers of the container tests ---

    @Test
    void eachRoleWrapperCallsAsTheAccountMappedToItsRole() {
        assertThat(users.administrator().call(whoAmI::describe)).isEqualTo("admin [ADMINISTRATOR]");
        assertThat(users.secretariat().call(whoAmI::describe)).isEqualTo("it-secretariat [SECRETARIAT]");
        assertThat(users.delegate().call(whoAmI::describe)).isEqualTo("it-delegate [DELEGATE]");
        assertThat(users.observer().call(whoAmI::describe)).isEqualTo("it-observer [OBSERVER]");
        assertThat(users.anonymous().call(whoAmI::describe)).isEqualTo("ANONYMOUS []");

        assertThat(users.administrator().call(accountService::me).getUsername()).isEqualTo(TestUsers.ADMINISTRATOR);
        assertThat(users.secretariat().call(accountService::me).getUsername()).isEqualTo(TestUsers.SECRETARIAT);
        AccountSummary delegate = users.delegate().call(accountService::me);
        assertThat(delegate.getUsername()).isEqualTo(TestUsers.DELEGATE);
        assertThat(delegate.getOrganisationAcronym()).isEqualTo(TestUsers.ORGANISATION);
        assertThat(users.observer().call(accountService::me).getUsername()).isEqualTo(TestUsers.OBSERVER);
        assertThatThrownBy(() -> users.anonymous().call(accountService::me)).isInstanceOf(EJBAccessException.class);
    }

    // --- the first administrator ---

    @Test
    void theFirstAdministratorsGeneratedPasswordIsInAnOwnerOnlyFileAndMustBeChanged() throws IOException, SQLException {
        Path file = Path.of(System.getProperty("meetings.data.dir"), InitialPasswordFile.FILE_NAME)
                .toAbsolutePath().normalize();
        assertThat(initialPasswordFile.path()).isEqualTo(file);
        AccountSummary admin = users.account(TestUsers.ADMINISTRATOR);
        // A database left by a run configured otherwise has its first password elsewhere: nothing to check here then.
        String creation = auditOf(new AuditSearch("system", "User", admin.getId(), AuditAction.USER_CREATE, null, null))
                .stream().map(AuditEntry::getChanges).findFirst().orElse("");
        assumeTrue(creation.contains(file.toString()), "the first administrator was created by another run: "
                + creation);
        assumeFalse(count(new AuditSearch(TestUsers.ADMINISTRATOR, "User", admin.getId(), AuditAction.PASSWORD_CHANGE,
                null, null)) > 0, "the first administrator already changed the generated password");

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(Passwords.MINIMUM_LENGTH);

        // Signing in does not change the password, so the file stays for the other test classes of the run.
        SignInResult result = accountService.signIn(TestUsers.ADMINISTRATOR, password);
        assertThat(result).isEqualTo(new SignInResult(true, TestUsers.ADMINISTRATOR, Role.ADMINISTRATOR, true));
        assertThat(passwordHashRow(admin.getId())).startsWith(HASH_PREFIX);
    }

    // --- signing in ---

    @Test
    void aWrongPasswordAnUnknownUserAndADisabledUserAreRefusedAlike() {
        Caller admin = users.administrator();
        String name = "signin-" + unique();
        IssuedPassword issued = admin.call(() -> accountService.create(new NewUserDetails(name, "Sign In",
                Role.OBSERVER, users.organisationId())));
        long id = issued.account().getId();

        assertThat(accountService.signIn(name, issued.password()))
                .isEqualTo(new SignInResult(true, name, Role.OBSERVER, true)); // the one-time password forces a change
        assertThat(accountService.signIn(name, issued.password() + "x")).isEqualTo(SignInResult.refused());
        assertThat(accountService.signIn("nobody-" + unique(), issued.password())).isEqualTo(SignInResult.refused());
        AccountSummary disabled = admin.call(() -> accountService.disable(id, issued.account().getVersion()));
        assertThat(disabled.isEnabled()).isFalse();
        assertThat(accountService.signIn(name, issued.password())).isEqualTo(SignInResult.refused());

        AccountSummary enabled = admin.call(() -> accountService.enable(id, disabled.getVersion()));
        assertThat(accountService.signIn(" " + name.toUpperCase() + " ", issued.password()).accepted()).isTrue();

        // A reset: the old password no longer works, the new one does and must be changed.
        IssuedPassword reset = admin.call(() -> accountService.resetPassword(id, enabled.getVersion()));
        assertThat(reset.password()).isNotEqualTo(issued.password());
        assertThat(accountService.signIn(name, issued.password())).isEqualTo(SignInResult.refused());
        assertThat(accountService.signIn(name, reset.password()))
                .isEqualTo(new SignInResult(true, name, Role.OBSERVER, true));

        List<AuditEntry> trail = auditOf(new AuditSearch(null, "User", id, null, null, null));
        assertThat(trail).extracting(AuditEntry::getAction).containsExactly(AuditAction.SIGN_IN,
                AuditAction.PASSWORD_RESET, AuditAction.SIGN_IN, AuditAction.USER_ENABLE, AuditAction.USER_DISABLE,
                AuditAction.SIGN_IN, AuditAction.USER_CREATE);
        assertThat(trail.get(4).getChanges()).isEqualTo("enabled: true → false");
        assertThat(trail.get(4).getActor()).isEqualTo(TestUsers.ADMINISTRATOR);
        assertThat(trail.get(0).getActor()).isEqualTo(name);
        List<AuditEntry> failures = auditOf(new AuditSearch(name, null, null, AuditAction.SIGN_IN_FAILED, null, null));
        assertThat(failures).extracting(AuditEntry::getChanges).hasSize(3)
                .anySatisfy(text -> assertThat(text).startsWith("wrong password"))
                .anySatisfy(text -> assertThat(text).startsWith("account disabled"));
    }

    @Test
    void afterFiveFailuresTheNameIsRefusedEvenWithTheRightPasswordAndTheCountIsInTheDatabase() throws SQLException {
        String name = "throttle-" + unique();
        IssuedPassword issued = users.administrator().call(() -> accountService.create(new NewUserDetails(name,
                "Throttled", Role.SECRETARIAT, null)));
        Instant start = Instant.now();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(accountService.signIn(name, "wrong " + attempt)).isEqualTo(SignInResult.refused());
        }
        assertThat(accountService.signIn(name, issued.password())).isEqualTo(SignInResult.refused());
        assertThat(accountService.signIn(" " + name.toUpperCase() + " ", issued.password()).accepted()).isFalse();

        Throttle row = throttleRow(name);
        assertThat(row.failures()).isEqualTo(5);
        assertThat(row.lockedUntil()).isBetween(start.plus(Duration.ofMinutes(15)),
                Instant.now().plus(Duration.ofMinutes(15)));
        assertThat(count(new AuditSearch(name, null, null, AuditAction.SIGN_IN_FAILED, null, null))).isEqualTo(5);
        assertThat(count(new AuditSearch(name, null, null, AuditAction.SIGN_IN_REFUSED, null, null))).isEqualTo(2);
        assertThat(count(new AuditSearch(name, null, null, AuditAction.SIGN_IN, null, null))).isZero();
    }

    @Test
    void unknownNamesAreThrottledToo() throws SQLException {
        String name = "ghost-" + unique();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(accountService.signIn(name, "guess " + attempt)).isEqualTo(SignInResult.refused());
        }
        assertThat(throttleRow(name).failures()).isEqualTo(5);
        assertThat(accountService.signIn(name, "guess 6")).isEqualTo(SignInResult.refused());
        assertThat(auditOf(new AuditSearch(name, null, null, null, null, null))).extracting(AuditEntry::getAction)
                .containsExactly(AuditAction.SIGN_IN_REFUSED, AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED,
                        AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED);
    }

    // --- passwords ---

    @Test
    void aNewPasswordFollowsThePolicyAndAChosenOneNoLongerHasToBeChanged() throws SQLException {
        AccountSummary observer = users.account(TestUsers.OBSERVER);
        String current = users.administrator().call(() -> accountService.resetPassword(observer.getId(),
                observer.getVersion())).password();
        Caller me = users.observer();

        assertThat(weak(me, current, "Short1!")).containsExactly("TOO_SHORT");
        assertThat(weak(me, current, "x".repeat(Passwords.MAXIMUM_LENGTH + 1))).containsExactly("TOO_LONG");
        assertThat(weak(me, current, "long enough but IT-Observer inside")).contains("ILLEGAL_USERNAME");
        assertThat(weak(me, current, "long enough but revresbo-ti inside")).contains("ILLEGAL_USERNAME_REVERSED");
        assertThat(weak(me, current, current)).containsExactly("SAME_AS_CURRENT");
        assertThatThrownBy(() -> me.call(() -> accountService.changeOwnPassword(current + "x",
                "a perfectly good new password"))).isInstanceOf(WrongPasswordException.class);
        assertThat(me.call(accountService::me).isMustChangePassword()).isTrue();

        String chosen = "correct horse battery " + unique();
        AccountSummary changed = me.call(() -> accountService.changeOwnPassword(current, chosen));
        assertThat(changed.isMustChangePassword()).isFalse();
        assertThat(passwordHashRow(changed.getId())).startsWith(HASH_PREFIX).doesNotContain(chosen);
        assertThat(accountService.signIn(TestUsers.OBSERVER, chosen))
                .isEqualTo(new SignInResult(true, TestUsers.OBSERVER, Role.OBSERVER, false));

        List<AuditEntry> trail = auditOf(new AuditSearch(null, "User", observer.getId(), null, null, null));
        // the wrong current password is on the trail too, counted as a failed sign-in is
        assertThat(trail).extracting(AuditEntry::getAction).startsWith(AuditAction.SIGN_IN,
                AuditAction.PASSWORD_CHANGE, AuditAction.SIGN_IN_FAILED, AuditAction.PASSWORD_RESET);
        assertThat(trail.get(1).getActor()).isEqualTo(TestUsers.OBSERVER);
        assertThat(trail.get(3).getActor()).isEqualTo(TestUsers.ADMINISTRATOR);
    }

    @Test
    void wrongCurrentPasswordsOnAPasswordChangeAreThrottledLikeSignIns() throws SQLException {
        AccountSummary observer = users.account(TestUsers.OBSERVER);
        String current = users.administrator().call(() -> accountService.resetPassword(observer.getId(),
                observer.getVersion())).password();
        Caller me = users.observer();
        // The shared observer may carry failed attempts of another test (a wrong sign-in): the count starts at zero.
        deleteThrottleRow(TestUsers.OBSERVER);
        try {
            for (int attempt = 1; attempt <= SignInThrottle.MAX_FAILURES; attempt++) {
                String guess = "guess " + attempt;
                assertThatThrownBy(() -> me.call(() -> accountService.changeOwnPassword(guess,
                        "a perfectly good new password"))).isInstanceOf(WrongPasswordException.class);
            }
            Throttle row = throttleRow(TestUsers.OBSERVER);
            assertThat(row.failures()).isEqualTo(SignInThrottle.MAX_FAILURES);
            assertThat(row.lockedUntil()).isAfter(Instant.now().plus(Duration.ofMinutes(14)));

            // Locked: the right current password is refused without being checked, and so is a sign-in with it.
            assertThatThrownBy(() -> me.call(() -> accountService.changeOwnPassword(current,
                    "a perfectly good new password"))).isInstanceOf(PasswordAttemptsLockedException.class)
                    .hasMessage("Too many wrong passwords. For 15 minutes, the password cannot be changed and signing"
                            + " in with this user name is refused.");
            assertThat(accountService.signIn(TestUsers.OBSERVER, current)).isEqualTo(SignInResult.refused());
            assertThat(auditOf(new AuditSearch(null, "User", observer.getId(), null, null, null)))
                    .extracting(AuditEntry::getAction).startsWith(AuditAction.SIGN_IN_REFUSED,
                            AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED);
        } finally {
            deleteThrottleRow(TestUsers.OBSERVER); // other tests sign in as the observer
        }
        assertThat(me.call(() -> accountService.changeOwnPassword(current, "correct horse battery " + unique()))
                .isMustChangePassword()).isFalse();
    }

    // --- administration of users ---

    @Test
    void accountsAreCheckedWhenCreatedAndAnAdministratorKeepsTheirOwnAccess() throws SQLException {
        Caller admin = users.administrator();
        String name = "dup-" + unique();
        IssuedPassword created = admin.call(() -> accountService.create(new NewUserDetails(" " + name.toUpperCase(),
                "Duplicate", Role.SECRETARIAT, null)));
        assertThat(created.account().getUsername()).isEqualTo(name); // stored trimmed, in lower case
        assertThat(created.account().isMustChangePassword()).isTrue();
        assertThat(created.password()).hasSizeGreaterThanOrEqualTo(Passwords.MINIMUM_LENGTH);
        assertThat(passwordHashRow(created.account().getId())).startsWith(HASH_PREFIX)
                .doesNotContain(created.password());
        assertThat(created.toString()).doesNotContain(created.password());

        assertThatThrownBy(() -> admin.call(() -> accountService.create(new NewUserDetails(name, "Again",
                Role.OBSERVER, users.organisationId())))).isInstanceOf(DuplicateUsernameException.class);
        assertThatThrownBy(() -> admin.call(() -> accountService.create(new NewUserDetails("delegate-" + unique(),
                "No Organisation", Role.DELEGATE, null)))).isInstanceOf(OrganisationRequiredException.class);
        assertThatThrownBy(() -> admin.call(() -> accountService.create(new NewUserDetails("bad name!", "Bad Name",
                Role.SECRETARIAT, null)))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                e.violations()).extracting(InvalidInputException.Violation::field).containsExactly("username"));
        assertThat(admin.call(() -> accountService.count(new UserSearch(name, null, null, null)))).isEqualTo(1);

        AccountSummary me = admin.call(accountService::me);
        assertThatThrownBy(() -> admin.call(() -> accountService.disable(me.getId(), me.getVersion())))
                .isInstanceOf(OwnAccountException.class);
        assertThatThrownBy(() -> admin.call(() -> accountService.update(me.getId(), me.getVersion(), me.getFullName(),
                Role.SECRETARIAT, null))).isInstanceOf(OwnAccountException.class);
        AccountSummary still = admin.call(accountService::me);
        assertThat(still.isEnabled()).isTrue();
        assertThat(still.getRole()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(still.getVersion()).isEqualTo(me.getVersion());

        AuditEntry creation = auditOf(new AuditSearch(null, "User", created.account().getId(), AuditAction.USER_CREATE,
                null, null)).get(0);
        assertThat(creation.getActor()).isEqualTo(TestUsers.ADMINISTRATOR);
        assertThat(creation.getChanges()).contains("username: " + name, "role: SECRETARIAT")
                .doesNotContain(created.password());
    }

    @Test
    void aRoleChangeIsRecordedFieldByField() {
        Caller admin = users.administrator();
        long afripol = users.organisationId();
        long europol = admin.call(() -> organisationService.findByAcronym("EUROPOL")).orElseThrow().getId();
        AccountSummary user = admin.call(() -> accountService.create(new NewUserDetails("role-" + unique(),
                "Role Change", Role.OBSERVER, afripol))).account();

        AccountSummary changed = admin.call(() -> accountService.update(user.getId(), user.getVersion(),
                "Role Changed", Role.DELEGATE, europol));

        assertThat(changed.getVersion()).isGreaterThan(user.getVersion());
        AuditEntry update = auditOf(new AuditSearch(TestUsers.ADMINISTRATOR, "User", user.getId(),
                AuditAction.USER_UPDATE, null, null)).get(0);
        assertThat(update.getChanges().lines()).containsExactly("fullName: Role Change → Role Changed",
                "role: OBSERVER → DELEGATE", "organisation: AFRIPOL → EUROPOL");
    }

    @Test
    void aDisabledAccountCanNoLongerCallTheServices() {
        AccountSummary observer = users.account(TestUsers.OBSERVER);
        AccountSummary disabled = users.administrator().call(() -> accountService.disable(observer.getId(),
                observer.getVersion()));
        try {
            assertThatThrownBy(() -> users.observer().call(accountService::me)).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> users.observer().call(() -> meetingService.findUpcoming(10)))
                    .isInstanceOf(EJBAccessException.class);
        } finally {
            users.administrator().call(() -> accountService.enable(disabled.getId(), disabled.getVersion()));
        }
        assertThat(users.observer().call(accountService::me).isEnabled()).isTrue();
    }

    /**
     * The web session keeps the role it was given at sign-in; the services look at the account on every call, so an
     * account disabled or given a lesser role meanwhile loses its rights at its next call, changes included.
     */
    @Test
    void aDisabledOrDemotedAccountLosesItsRightsAtItsNextCall() {
        String title = "Not by a disabled account " + unique();
        AccountSummary secretary = users.account(TestUsers.SECRETARIAT);
        try {
            users.administrator().call(() -> accountService.disable(secretary.getId(), secretary.getVersion()));
            assertThatThrownBy(() -> users.secretariat().call(() -> meetingService.schedule(details(title))))
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> users.secretariat().call(() -> meetingService.findUpcoming(1)))
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> users.secretariat().call(() -> organisationService.findAll()))
                    .isInstanceOf(EJBAccessException.class);
            users.ensureAccounts(); // enabled again

            AccountSummary enabled = users.account(TestUsers.SECRETARIAT);
            users.administrator().call(() -> accountService.update(enabled.getId(), enabled.getVersion(),
                    enabled.getFullName(), Role.OBSERVER, users.organisationId()));
            assertThatThrownBy(() -> users.secretariat().call(() -> meetingService.schedule(details(title))))
                    .isInstanceOf(EJBAccessException.class);
            assertThat(users.secretariat().call(() -> meetingService.findUpcoming(1))).isNotNull(); // as an observer
        } finally {
            users.ensureAccounts(); // the secretariat again
        }
        assertThat(users.secretariat().call(() -> meetingService.count(new org.dialogue.meetings.domain.meeting
                .MeetingSearch(title, null, null, null, null, null, null, null, true)))).isZero();
    }

    // --- the audit trail ---

    @Test
    void changesSignOutsAndTheirFiltersAreInTheTrail() {
        Instant start = Instant.now();
        String title = "Audit " + unique();
        Caller secretariat = users.secretariat();
        Meeting meeting = secretariat.call(() -> meetingService.schedule(details(title)));
        Meeting renamed = secretariat.call(() -> meetingService.update(meeting.getId(), meeting.getVersion(),
                details(title + " renamed")));
        secretariat.call(() -> meetingService.cancel(renamed.getId(), renamed.getVersion()));
        users.observer().run(accountService::signedOut);
        Instant end = Instant.now().plusMillis(1);

        AuditSearch ofMeeting = new AuditSearch(null, "Meeting", meeting.getId(), null, null, null);
        List<AuditEntry> trail = auditOf(ofMeeting);
        assertThat(trail).extracting(AuditEntry::getAction).containsExactly(AuditAction.CANCEL, AuditAction.UPDATE,
                AuditAction.CREATE);
        assertThat(trail).extracting(AuditEntry::getActor).containsOnly(TestUsers.SECRETARIAT);
        assertThat(trail).extracting(AuditEntry::getRecordKind, AuditEntry::getRecordId).containsOnly(
                org.assertj.core.groups.Tuple.tuple("Meeting", meeting.getId()));
        assertThat(trail.get(1).getChanges().lines()).containsExactly("title: " + title + " → " + title + " renamed");
        assertThat(trail.get(0).getChanges()).isEqualTo("status: SCHEDULED → CANCELLED");
        assertThat(trail.get(2).getChanges()).contains("title: " + title, "classification: RESTRICTED");
        assertThat(trail).allSatisfy(entry -> assertThat(entry.getOccurredAt()).isBetween(start, end));

        // filters: actor, record, action, dates; paged in the database, newest first
        assertThat(count(ofMeeting)).isEqualTo(3);
        assertThat(count(new AuditSearch(TestUsers.SECRETARIAT, "Meeting", meeting.getId(), AuditAction.UPDATE,
                start, end))).isEqualTo(1);
        assertThat(count(new AuditSearch(TestUsers.OBSERVER, "Meeting", meeting.getId(), null, null, null))).isZero();
        assertThat(count(new AuditSearch(null, "Meeting", meeting.getId(), null, end, null))).isZero();
        assertThat(count(new AuditSearch(null, "Meeting", meeting.getId(), null, null, start))).isZero();
        assertThat(count(new AuditSearch(null, "Edition", meeting.getId(), null, null, null))).isZero();
        assertThat(users.administrator().call(() -> auditService.search(ofMeeting, 0, 2)))
                .extracting(AuditEntry::getId).containsExactly(trail.get(0).getId(), trail.get(1).getId());
        assertThat(users.administrator().call(() -> auditService.search(ofMeeting, 2, 2)))
                .extracting(AuditEntry::getId).containsExactly(trail.get(2).getId());

        long observerId = users.account(TestUsers.OBSERVER).getId();
        List<AuditEntry> signOuts = auditOf(new AuditSearch(TestUsers.OBSERVER, null, null, AuditAction.SIGN_OUT,
                start, end));
        assertThat(signOuts).singleElement().satisfies(entry -> {
            assertThat(entry.getRecordKind()).isEqualTo("User");
            assertThat(entry.getRecordId()).isEqualTo(observerId);
        });

        // only administrators read it
        for (Role role : List.of(Role.SECRETARIAT, Role.DELEGATE, Role.OBSERVER)) {
            assertThatThrownBy(() -> users.as(role).call(() -> auditService.count(AuditSearch.all())))
                    .isInstanceOf(EJBAccessException.class);
        }
    }

    /** By reflection on the class as deployed (EclipseLink's weaving adds members named _persistence_*: skipped). */
    @Test
    void anAuditEntryCannotBeChanged() {
        assertThat(Arrays.stream(AuditEntry.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
        int columns = 0;
        for (Field field : AuditEntry.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(Id.class)
                    || field.getName().startsWith(WOVEN)) {
                continue;
            }
            assertThat(Modifier.isPublic(field.getModifiers())).as(field.getName()).isFalse();
            Column column = field.getAnnotation(Column.class);
            assertThat(column).as(field.getName() + " has @Column").isNotNull();
            assertThat(column.updatable()).as(field.getName() + " is updatable").isFalse();
            columns++;
        }
        assertThat(columns).isEqualTo(6);
        // and nothing in the application updates or deletes one: the repository only appends and reads
        assertThat(Arrays.stream(AuditRepository.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(
                m.getModifiers()) && !m.getName().startsWith(WOVEN)).map(Method::getName))
                .containsExactlyInAnyOrder("append", "search", "count");
        assertThat(Arrays.stream(AuditService.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(
                m.getModifiers())).map(Method::getName)).containsExactlyInAnyOrder("search", "count");
    }

    // --- helpers ---

    private List<String> weak(Caller caller, String current, String candidate) {
        try {
            caller.call(() -> accountService.changeOwnPassword(current, candidate));
        } catch (WeakPasswordException e) {
            return e.brokenRules();
        }
        throw new AssertionError("accepted: " + candidate);
    }

    private List<AuditEntry> auditOf(AuditSearch search) {
        return users.administrator().call(() -> auditService.search(search, 0, 100));
    }

    private long count(AuditSearch search) {
        return users.administrator().call(() -> auditService.count(search));
    }

    private record Throttle(int failures, Instant lockedUntil) {
    }

    /** The throttle's row, read from the table itself. */
    private Throttle throttleRow(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select failures, locked_until from sign_in_throttle where username = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("a row for " + name).isTrue();
                OffsetDateTime lockedUntil = row.getObject("locked_until", OffsetDateTime.class);
                return new Throttle(row.getInt("failures"), lockedUntil == null ? null : lockedUntil.toInstant());
            }
        }
    }

    /** An account's stored password hash, read from the table itself: no service hands it out. */
    private String passwordHashRow(long accountId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select password_hash from user_account where id = ?")) {
            query.setLong(1, accountId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("a row for account " + accountId).isTrue();
                return row.getString("password_hash");
            }
        }
    }

    private void deleteThrottleRow(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from sign_in_throttle where username = ?")) {
            delete.setString(1, name);
            delete.executeUpdate();
        }
    }

    private static MeetingDetails details(String title) {
        return new MeetingDetails(MeetingKind.OTHER, title, LocalDateTime.of(2031, 9, 1, 9, 0),
                LocalDateTime.of(2031, 9, 1, 12, 0), PARIS, "Headquarters", null, "Lyon", "France", Set.of(), null,
                null);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
