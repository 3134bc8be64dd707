package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dialogue.meetings.domain.account.DuplicateUsernameException;
import org.dialogue.meetings.domain.account.InvalidTimeZoneException;
import org.dialogue.meetings.domain.account.OwnAccountException;
import org.dialogue.meetings.domain.account.PasswordAttemptsLockedException;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.account.SignInThrottle;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.account.WrongPasswordException;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.organisation.Organisation;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.domain.shared.TimeZones;
import org.dialogue.meetings.infrastructure.persistence.OrganisationRepository;
import org.dialogue.meetings.infrastructure.persistence.UserAccountRepository;

/**
 * Sign-in, one's own password, and the administration of users. Every sign-in, failed or not, every sign-out and
 * every change to an account goes into the audit trail.
 */
@Stateless
@Interceptors(CallerAccountCheck.class) // the account is checked on every call, not only at sign-in
public class AccountService {

    private static final String RECORD = "User";

    @Resource
    private SessionContext context;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private Passwords passwords;

    @Inject
    private InitialPasswordFile initialPasswordFile;

    @Inject
    private AuditTrail audit;

    @Inject
    private InputValidation validation;

    @Inject
    private Callers callers;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    @Inject
    private Clock clock;

    // --- signing in and out ---

    /**
     * Checks a user name and password (called by the sign-in mechanism, before anyone is signed in). After
     * {@value SignInThrottle#MAX_FAILURES} failures for one name within 15 minutes, the name is refused for 15
     * minutes without even looking at the password.
     */
    @PermitAll
    public SignInResult signIn(String typedName, String password) {
        Instant now = clock.instant();
        String name = typedName == null ? "" : typedName.strip().toLowerCase(Locale.ROOT);
        Optional<SignInThrottle> throttle = accounts.throttleFor(name);
        if (throttle.isPresent() && throttle.get().isLocked(now)) {
            audit.record(name, AuditAction.SIGN_IN_REFUSED, RECORD, null,
                    "too many failed sign-ins; refused until " + throttle.get().getLockedUntil());
            return SignInResult.refused();
        }
        Optional<UserAccount> account = accounts.findByUsername(name);
        if (account.isEmpty()) {
            passwords.verifyDecoy(password); // as slow as a real check: the timing tells nothing either
            return failed(name, throttle, now, "unknown user name");
        }
        UserAccount user = account.get();
        if (!passwords.matches(password, user.getPasswordHash())) {
            return failed(name, throttle, now, "wrong password");
        }
        if (!user.isEnabled()) {
            return failed(name, throttle, now, "account disabled");
        }
        throttle.ifPresent(accounts::remove);
        audit.record(user.getUsername(), AuditAction.SIGN_IN, RECORD, user.getId(), null);
        return new SignInResult(true, user.getUsername(), user.getRole(), user.isMustChangePassword());
    }

    private SignInResult failed(String name, Optional<SignInThrottle> existing, Instant now, String reason) {
        SignInThrottle throttle = countFailure(name, existing, now);
        audit.record(name, AuditAction.SIGN_IN_FAILED, RECORD, null, reason + " (failure " + throttle.getFailures()
                + " of " + SignInThrottle.MAX_FAILURES + ")");
        return SignInResult.refused();
    }

    /** One more wrong password for the name, in its throttle (made at the first failure). */
    private SignInThrottle countFailure(String name, Optional<SignInThrottle> existing, Instant now) {
        SignInThrottle throttle = existing.orElseGet(() -> {
            SignInThrottle created = new SignInThrottle(name, now);
            accounts.add(created);
            return created;
        });
        throttle.failed(now);
        return throttle;
    }

    /** Records that the caller signed out (the web layer then ends the session). */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
    public void signedOut() {
        UserAccount me = callers.account(context);
        audit.record(me.getUsername(), AuditAction.SIGN_OUT, RECORD, me.getId(), null);
    }

    // --- one's own account ---

    /** The caller's own account, with its organisation. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
    public AccountSummary me() {
        return AccountSummary.of(callers.account(context));
    }

    /**
     * The caller replaces their password, confirming the current one. A wrong current password counts against the user
     * name as a failed sign-in does, in the same {@link SignInThrottle}: after {@value SignInThrottle#MAX_FAILURES}
     * failures the password is not even checked for 15 minutes, here and at sign-in, so that a browser left signed in
     * is no way to guess it.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
    public AccountSummary changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount me = callers.account(context);
        Instant now = clock.instant();
        Optional<SignInThrottle> throttle = accounts.throttleFor(me.getUsername());
        if (throttle.isPresent() && throttle.get().isLocked(now)) {
            audit.record(me.getUsername(), AuditAction.SIGN_IN_REFUSED, RECORD, me.getId(),
                    "password change: too many wrong passwords; refused until " + throttle.get().getLockedUntil());
            throw new PasswordAttemptsLockedException();
        }
        if (!passwords.matches(currentPassword, me.getPasswordHash())) {
            SignInThrottle counted = countFailure(me.getUsername(), throttle, now);
            audit.record(me.getUsername(), AuditAction.SIGN_IN_FAILED, RECORD, me.getId(),
                    "wrong current password on a password change (failure " + counted.getFailures() + " of "
                            + SignInThrottle.MAX_FAILURES + ")");
            throw new WrongPasswordException();
        }
        throttle.ifPresent(accounts::remove); // the right password clears the count, as a sign-in does
        passwords.checkPolicy("newPassword", me.getUsername(), newPassword);
        if (passwords.matches(newPassword, me.getPasswordHash())) {
            throw new org.dialogue.meetings.domain.account.WeakPasswordException("newPassword",
                    List.of("SAME_AS_CURRENT"), Passwords.MINIMUM_LENGTH);
        }
        me.passwordChosen(passwords.hash(newPassword), clock.instant());
        audit.record(me.getUsername(), AuditAction.PASSWORD_CHANGE, RECORD, me.getId(), null);
        if (FirstAdministrator.USERNAME.equals(me.getUsername())) {
            initialPasswordFile.delete(); // its password no longer works: nothing left to read in it
        }
        return AccountSummary.of(OptimisticLocking.flush(em, RECORD, me.getId(), me));
    }

    // --- one's own time zone ---

    /**
     * Takes the time zone the caller's browser reported when they signed in, if they have none yet. A zone already
     * set (by an earlier sign-in or on the profile page) is kept, and a value that is not a zone people can have
     * (see {@link TimeZones#personal}) is ignored: this never fails the sign-in.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
    public AccountSummary adoptBrowserTimeZone(String zoneId) {
        UserAccount me = callers.account(context);
        Optional<ZoneId> zone = TimeZones.personal(zoneId);
        if (zone.isEmpty() || me.getTimeZone() != null) {
            return AccountSummary.of(me);
        }
        Map<String, String> before = me.auditFields();
        me.adoptTimeZone(zone.get());
        return saved(me, AuditAction.USER_UPDATE, before);
    }

    /** The caller chooses their own time zone (their profile page), against the version of the account shown. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
    public AccountSummary changeOwnTimeZone(long expectedVersion, String zoneId) {
        UserAccount me = load(callers.account(context).getId(), expectedVersion);
        ZoneId zone = TimeZones.personal(zoneId).orElseThrow(() -> new InvalidTimeZoneException(zoneId));
        Map<String, String> before = me.auditFields();
        me.chooseTimeZone(zone);
        return saved(me, AuditAction.USER_UPDATE, before);
    }

    // --- one's own language (issue 8) ---

    /**
     * The caller chooses the language of their pages with the language switch (en, fr, es or ar). It wins over the
     * browser's language and the switch's cookie on every later sign-in, and is the language of the e-mails sent to
     * the person linked to the account when the person has no preferred language. Takes no version: the switch is
     * on every page, and the last choice is the one that counts.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
    public AccountSummary chooseOwnLanguage(String code) {
        UserAccount me = callers.account(context);
        if (me.getLanguage().filter(current -> current.equals(code)).isPresent()) {
            return AccountSummary.of(me);
        }
        Map<String, String> before = me.auditFields();
        me.chooseLanguage(code);
        return saved(me, AuditAction.USER_UPDATE, before);
    }

    // --- administration ---

    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<AccountSummary> search(UserSearch search, int first, int max) {
        return accounts.search(search.text(), search.role(), search.organisationId(), search.enabled(), first, max)
                .stream().map(AccountSummary::of).toList();
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public long count(UserSearch search) {
        return accounts.count(search.text(), search.role(), search.organisationId(), search.enabled());
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public Optional<AccountSummary> find(long id) {
        return accounts.find(id).map(AccountSummary::of);
    }

    /** The users who can be put on a confidential meeting's access list: every enabled account. */
    @RolesAllowed(Roles.SECRETARIAT)
    public List<AccountSummary> findSelectable() {
        return accounts.search(null, null, null, true, 0, Integer.MAX_VALUE).stream().map(AccountSummary::of).toList();
    }

    /** Creates an account with a one-time password, to be changed at the first sign-in. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public IssuedPassword create(NewUserDetails details) {
        String username = details.username() == null ? null : details.username().strip().toLowerCase(Locale.ROOT);
        if (username != null && accounts.findByUsername(username).isPresent()) {
            throw new DuplicateUsernameException(username);
        }
        String password = passwords.generate();
        UserAccount account = new UserAccount(username, details.fullName(), details.role(),
                organisation(details.organisationId()), passwords.hash(password), clock.instant());
        validation.check(account);
        accounts.add(account);
        OptimisticLocking.flush(em, RECORD, null, account);
        audit.record(Callers.name(context), AuditAction.USER_CREATE, RECORD, account.getId(),
                org.dialogue.meetings.domain.audit.Changes.of(account.auditFields()));
        return new IssuedPassword(AccountSummary.of(account), password);
    }

    /** Changes the full name, role and organisation of an account. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public AccountSummary update(long id, long expectedVersion, String fullName, Role role, Long organisationId) {
        UserAccount account = load(id, expectedVersion);
        Map<String, String> before = account.auditFields();
        if (isCaller(account) && role != Role.ADMINISTRATOR) {
            throw new OwnAccountException();
        }
        account.rename(fullName);
        account.assign(role, organisation(organisationId));
        if (account.getPerson() != null && (organisationId == null || !account.getPerson().belongsTo(organisationId))) {
            account.linkTo(null); // its person belongs to the organisation the user left
        }
        return saved(account, AuditAction.USER_UPDATE, before);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public AccountSummary disable(long id, long expectedVersion) {
        UserAccount account = load(id, expectedVersion);
        if (isCaller(account)) {
            throw new OwnAccountException();
        }
        Map<String, String> before = account.auditFields();
        account.disable();
        return saved(account, AuditAction.USER_DISABLE, before);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public AccountSummary enable(long id, long expectedVersion) {
        UserAccount account = load(id, expectedVersion);
        Map<String, String> before = account.auditFields();
        account.enable();
        return saved(account, AuditAction.USER_ENABLE, before);
    }

    /** Gives the account a new one-time password (shown once) that must be changed at the next sign-in. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public IssuedPassword resetPassword(long id, long expectedVersion) {
        UserAccount account = load(id, expectedVersion);
        Map<String, String> before = account.auditFields();
        String password = passwords.generate();
        account.passwordIssued(passwords.hash(password), clock.instant());
        return new IssuedPassword(saved(account, AuditAction.PASSWORD_RESET, before), password);
    }

    // --- helpers ---

    private boolean isCaller(UserAccount account) {
        return account.getUsername().equals(Callers.name(context));
    }

    private UserAccount load(long id, long expectedVersion) {
        UserAccount account = accounts.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        OptimisticLocking.requireUnchanged(RECORD, id, account.getVersion(), expectedVersion);
        return account;
    }

    private AccountSummary saved(UserAccount account, AuditAction action, Map<String, String> before) {
        validation.check(account);
        em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        OptimisticLocking.flush(em, RECORD, account.getId(), account);
        audit.changed(Callers.name(context), action, RECORD, account.getId(), before, account.auditFields());
        callers.accountsChanged(); // a role or an account switched off applies to the rest of this request too
        return AccountSummary.of(account);
    }

    private Organisation organisation(Long id) {
        if (id == null) {
            return null;
        }
        return organisations.find(id).orElseThrow(() -> new RecordNotFoundException("Organisation", id));
    }
}
