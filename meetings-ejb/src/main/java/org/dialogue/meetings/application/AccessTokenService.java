package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dialogue.meetings.domain.account.AccessToken;
import org.dialogue.meetings.domain.account.AccessTokenScope;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.account.SignInThrottle;
import org.dialogue.meetings.domain.account.TokenExpiryException;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.audit.Changes;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.infrastructure.persistence.AccessTokenRepository;
import org.dialogue.meetings.infrastructure.persistence.UserAccountRepository;

/**
 * Personal access tokens for the REST API (issue 17). A user makes tokens for their own account, lists and revokes
 * them; an administrator revokes anyone's. A token's secret is {@value #PREFIX} and 32 random bytes in base64url (the
 * prefix lets people and secret scanners recognise one); it is handed out once, when it is made, and only its SHA-256
 * hash is stored.
 *
 * <p>{@link #authenticate} is what the sign-in mechanism asks on every API request: the token must be known, not
 * revoked, not expired, and its account enabled, all read at that call (nothing is cached beyond it), so a revoked
 * token or a disabled account stops at the next request. Failed checks count in the same {@link SignInThrottle} as
 * failed sign-ins, under the client's address ({@value #THROTTLE_PREFIX} and the address: no user name has an
 * {@code @}), and land in the audit trail as failed sign-ins.
 */
@Stateless
@Interceptors(CallerAccountCheck.class) // the account is checked on every call, not only at sign-in
public class AccessTokenService {

    public static final String PREFIX = "dmt_";
    /** The latest expiry date: this many days after today. */
    public static final int MAXIMUM_DAYS = 366;
    /** The throttle key of a client's failed token checks is this followed by its address. */
    public static final String THROTTLE_PREFIX = "bearer@";

    private static final String RECORD = "AccessToken";
    private static final int SECRET_BYTES = 32;
    /** The prefix and 32 bytes in base64url without padding (43 characters). */
    private static final Pattern TOKEN = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource
    private SessionContext context;

    @Inject
    private AccessTokenRepository tokens;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private Callers callers;

    @Inject
    private AuditTrail audit;

    @Inject
    private InputValidation validation;

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Makes a token for the caller's own account, valid up to the end of {@code expiresOn} in the caller's time zone
     * (UTC while they have none). The secret in the answer is shown now and never again.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
    public IssuedAccessToken create(String name, AccessTokenScope scope, LocalDate expiresOn) {
        UserAccount me = callers.account(context);
        Instant now = clock.instant();
        ZoneId zone = me.getTimeZone() == null ? ZoneOffset.UTC : me.getTimeZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (expiresOn == null || !expiresOn.isAfter(today) || expiresOn.isAfter(today.plusDays(MAXIMUM_DAYS))) {
            throw new TokenExpiryException(MAXIMUM_DAYS);
        }
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AccessToken token = new AccessToken(me, name, scope, CalendarService.hash(secret), now,
                expiresOn.plusDays(1).atStartOfDay(zone).toInstant());
        validation.check(token);
        tokens.add(token);
        OptimisticLocking.flush(em, RECORD, null, token);
        audit.record(me.getUsername(), AuditAction.TOKEN_CREATE, RECORD, token.getId(),
                Changes.of(token.auditFields()));
        return new IssuedAccessToken(AccessTokenSummary.of(token, now), secret);
    }

    /** The caller's own tokens, the newest first, revoked and expired ones included. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
    public List<AccessTokenSummary> mine() {
        return summaries(tokens.ofAccount(callers.account(context).getId()));
    }

    /** Any account's tokens, for the administrator who may revoke them. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<AccessTokenSummary> ofAccount(long accountId) {
        return summaries(tokens.ofAccount(accountId));
    }

    /**
     * Revokes a token: the caller's own, or anyone's for an administrator. Another user's token answers like one that
     * does not exist. Revoking a revoked token changes nothing.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
    public AccessTokenSummary revoke(long id) {
        UserAccount me = callers.account(context);
        AccessToken token = tokens.find(id)
                .filter(found -> found.belongsTo(me) || me.getRole() == Role.ADMINISTRATOR)
                .orElseThrow(() -> new RecordNotFoundException(RECORD, id));
        Map<String, String> before = token.auditFields();
        Instant now = clock.instant();
        if (token.revoke(me.getUsername(), now)) {
            OptimisticLocking.flush(em, RECORD, id, token);
            audit.changed(me.getUsername(), AuditAction.TOKEN_REVOKE, RECORD, id, before, token.auditFields());
        }
        return AccessTokenSummary.of(token, now);
    }

    /**
     * Who the token speaks for, if it may be used now from that client; empty otherwise (not a token, unknown,
     * revoked, expired, a disabled account's, or the client locked out by too many failures). Open to everyone: the
     * token is the credential.
     *
     * @param client the address the request came from, the key its failures are counted under
     */
    @PermitAll
    public Optional<TokenCaller> authenticate(String token, String client) {
        Instant now = clock.instant();
        String key = THROTTLE_PREFIX + client;
        Optional<SignInThrottle> throttle = accounts.throttleFor(key);
        if (throttle.isPresent() && throttle.get().isLocked(now)) {
            audit.record(SignInThrottle.key(key), AuditAction.SIGN_IN_REFUSED, RECORD, null,
                    "too many failed token checks; refused until " + throttle.get().getLockedUntil());
            return Optional.empty();
        }
        if (token == null || !TOKEN.matcher(token).matches()) {
            return failed(key, throttle, now, null, "not a token");
        }
        Optional<AccessToken> found = tokens.findByHash(CalendarService.hash(token));
        if (found.isEmpty()) {
            return failed(key, throttle, now, null, "unknown token");
        }
        AccessToken known = found.get();
        UserAccount owner = known.getAccount();
        String which = "token '" + known.getName() + "' of " + owner.getUsername();
        if (known.getRevokedAt() != null) {
            return failed(key, throttle, now, known.getId(), "revoked " + which);
        }
        if (!known.isUsable(now)) {
            return failed(key, throttle, now, known.getId(), "expired " + which);
        }
        if (!owner.isEnabled()) {
            return failed(key, throttle, now, known.getId(), which + ": account disabled");
        }
        known.used(now);
        // Not cleared by a success, unlike a password's count: anyone may make a valid token of their own, and
        // would otherwise reset the count between guesses.
        return Optional.of(new TokenCaller(owner.getUsername(), owner.getRole(), known.getScope(), known.getId(),
                known.getName()));
    }

    private Optional<TokenCaller> failed(String key, Optional<SignInThrottle> existing, Instant now, Long tokenId,
            String reason) {
        SignInThrottle throttle = existing.orElseGet(() -> {
            SignInThrottle created = new SignInThrottle(key, now);
            accounts.add(created);
            return created;
        });
        throttle.failed(now);
        audit.record(SignInThrottle.key(key), AuditAction.SIGN_IN_FAILED, RECORD, tokenId, reason + " (failure "
                + throttle.getFailures() + " of " + SignInThrottle.MAX_FAILURES + ")");
        return Optional.empty();
    }

    private List<AccessTokenSummary> summaries(List<AccessToken> list) {
        Instant now = clock.instant();
        return list.stream().map(token -> AccessTokenSummary.of(token, now)).toList();
    }
}
