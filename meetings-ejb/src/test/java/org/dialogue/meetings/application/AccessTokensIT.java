package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.domain.account.AccessTokenScope;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.domain.account.TokenExpiryException;
import org.dialogue.meetings.domain.audit.AuditAction;
import org.dialogue.meetings.domain.audit.AuditEntry;
import org.dialogue.meetings.domain.audit.AuditSearch;
import org.dialogue.meetings.domain.shared.InvalidInputException;
import org.dialogue.meetings.domain.shared.RecordNotFoundException;
import org.dialogue.meetings.testing.ContainerTest;
import org.dialogue.meetings.testing.MovableClock;
import org.dialogue.meetings.testing.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Personal access tokens (issue 17) through {@link AccessTokenService} in the container: made by their owner and
 * shown once, stored as a SHA-256 hash only, listed to their owner alone, revoked by the owner or an administrator,
 * refused once expired or revoked or when the account is disabled (checked at each call), failed checks counted per
 * client in the sign-in throttle, creation and revocation in the audit trail. Each test makes its own tokens and
 * client addresses, so the order of the tests does not matter.
 */
@ContainerTest
class AccessTokensIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private TestUsers users;

    @Inject
    private MovableClock clock;

    @EJB
    private AccessTokenService tokenService;

    @EJB
    private AccountService accountService;

    @EJB
    private AuditService auditService;

    @Resource(lookup = "java:app/jdbc/meetings")
    private DataSource dataSource;

    @BeforeEach
    void accounts() {
        users.ensureAccounts();
    }

    @Test
    void aTokenIsShownOnceStoredAsItsHashOnlyAndActsAsItsOwner() throws Exception {
        String name = "Regional system " + unique();
        IssuedAccessToken issued = users.delegate().call(() -> tokenService.create(name, AccessTokenScope.READ_ONLY,
                tomorrow()));

        assertThat(issued.secret()).matches("dmt_[A-Za-z0-9_-]{43}");
        assertThat(issued.toString()).doesNotContain(issued.secret());
        AccessTokenSummary token = issued.token();
        assertThat(token.name()).isEqualTo(name);
        assertThat(token.owner()).isEqualTo(TestUsers.DELEGATE);
        assertThat(token.scope()).isEqualTo(AccessTokenScope.READ_ONLY);
        assertThat(token.usable()).isTrue();
        assertThat(token.lastUsedAt()).isNull();
        // the end of tomorrow in UTC (the test accounts have no time zone of their own, or Europe/Paris)
        assertThat(token.expiresAt()).isAfter(token.createdAt().plus(Duration.ofHours(24)));

        // Only the hash is in the table: no column of the row holds the secret.
        List<String> row = tokenRow(token.id());
        assertThat(row).contains(sha256(issued.secret())).noneMatch(value -> value.contains(issued.secret()))
                .noneMatch(value -> value.contains(issued.secret().substring(4)));

        Optional<TokenCaller> caller = tokenService.authenticate(issued.secret(), client());
        assertThat(caller).contains(new TokenCaller(TestUsers.DELEGATE, Role.DELEGATE, AccessTokenScope.READ_ONLY,
                token.id(), name));
        AccessTokenSummary listed = users.delegate().call(tokenService::mine).stream()
                .filter(mine -> mine.id() == token.id()).findFirst().orElseThrow();
        assertThat(listed.lastUsedAt()).isNotNull();
        assertThat(listed.usable()).isTrue();

        List<AuditEntry> trail = audit(new AuditSearch(null, "AccessToken", token.id(), null, null, null));
        assertThat(trail).extracting(AuditEntry::getAction).containsExactly(AuditAction.TOKEN_CREATE);
        assertThat(trail.get(0).getActor()).isEqualTo(TestUsers.DELEGATE);
        assertThat(trail.get(0).getChanges()).contains(name, "READ_ONLY").doesNotContain(issued.secret())
                .doesNotContain(sha256(issued.secret()));
    }

    @Test
    void usersListAndRevokeTheirOwnTokensOnlyAndAnAdministratorRevokesAnyones() {
        IssuedAccessToken delegates = users.delegate().call(() -> tokenService.create("Delegate's " + unique(),
                AccessTokenScope.READ_WRITE, tomorrow()));
        IssuedAccessToken secretariats = users.secretariat().call(() -> tokenService.create("Secretariat's "
                + unique(), AccessTokenScope.READ_WRITE, tomorrow()));
        long delegateId = users.account(TestUsers.DELEGATE).getId();

        assertThat(users.secretariat().call(tokenService::mine)).extracting(AccessTokenSummary::id)
                .contains(secretariats.token().id()).doesNotContain(delegates.token().id());
        assertThat(users.delegate().call(tokenService::mine)).extracting(AccessTokenSummary::owner)
                .containsOnly(TestUsers.DELEGATE);
        // another user's token answers like one that does not exist
        assertThatThrownBy(() -> users.secretariat().call(() -> tokenService.revoke(delegates.token().id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(tokenService.authenticate(delegates.secret(), client())).isPresent();

        // the administrator sees and revokes it; it stops at once; revoking again changes nothing
        assertThat(users.administrator().call(() -> tokenService.ofAccount(delegateId)))
                .extracting(AccessTokenSummary::id).contains(delegates.token().id());
        AccessTokenSummary revoked = users.administrator().call(() -> tokenService.revoke(delegates.token().id()));
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.usable()).isFalse();
        assertThat(tokenService.authenticate(delegates.secret(), client())).isEmpty();
        users.delegate().call(() -> tokenService.revoke(delegates.token().id()));

        // the owner revokes their own
        users.secretariat().call(() -> tokenService.revoke(secretariats.token().id()));
        assertThat(tokenService.authenticate(secretariats.secret(), client())).isEmpty();

        List<AuditEntry> trail = audit(new AuditSearch(null, "AccessToken", delegates.token().id(),
                AuditAction.TOKEN_REVOKE, null, null));
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).getActor()).isEqualTo(TestUsers.ADMINISTRATOR);
        assertThat(trail.get(0).getChanges()).contains("revoked: false → true");
        assertThat(audit(new AuditSearch(TestUsers.SECRETARIAT, "AccessToken", secretariats.token().id(),
                AuditAction.TOKEN_REVOKE, null, null))).hasSize(1);
    }

    @Test
    void aTokenNeedsANameAndAnExpiryWithinAYearAndStopsWhenItExpires() {
        assertThatThrownBy(() -> users.observer().call(() -> tokenService.create("Too soon",
                AccessTokenScope.READ_ONLY, LocalDate.now(ZoneOffset.UTC).minusDays(1))))
                .isInstanceOf(TokenExpiryException.class);
        assertThatThrownBy(() -> users.observer().call(() -> tokenService.create("Too late",
                AccessTokenScope.READ_ONLY, LocalDate.now(ZoneOffset.UTC).plusDays(400))))
                .isInstanceOf(TokenExpiryException.class);
        assertThatThrownBy(() -> users.observer().call(() -> tokenService.create("No date",
                AccessTokenScope.READ_ONLY, null))).isInstanceOf(TokenExpiryException.class);
        assertThatThrownBy(() -> users.observer().call(() -> tokenService.create("  ", AccessTokenScope.READ_ONLY,
                tomorrow()))).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("name"));
        assertThatThrownBy(() -> users.observer().call(() -> tokenService.create("No scope", null, tomorrow())))
                .isInstanceOf(InvalidInputException.class);

        IssuedAccessToken issued = users.observer().call(() -> tokenService.create("Expiring " + unique(),
                AccessTokenScope.READ_ONLY, tomorrow()));
        assertThat(tokenService.authenticate(issued.secret(), client())).isPresent();
        String expired = client();
        try {
            clock.advance(Duration.ofDays(4));
            assertThat(tokenService.authenticate(issued.secret(), expired)).isEmpty();
            assertThat(users.observer().call(tokenService::mine)).filteredOn(t -> t.id() == issued.token().id())
                    .singleElement().satisfies(t -> assertThat(t.usable()).isFalse());
        } finally {
            clock.reset();
        }
        assertThat(audit(new AuditSearch("bearer@" + expired, null, null, AuditAction.SIGN_IN_FAILED, null, null)))
                .singleElement().satisfies(entry -> assertThat(entry.getChanges()).startsWith("expired token"));
    }

    @Test
    void aDisabledAccountsTokensStopAtTheNextCall() {
        IssuedAccessToken issued = users.observer().call(() -> tokenService.create("Observer's " + unique(),
                AccessTokenScope.READ_ONLY, tomorrow()));
        assertThat(tokenService.authenticate(issued.secret(), client())).isPresent();
        AccountSummary observer = users.account(TestUsers.OBSERVER);
        AccountSummary disabled = users.administrator().call(() -> accountService.disable(observer.getId(),
                observer.getVersion()));
        try {
            assertThat(tokenService.authenticate(issued.secret(), client())).isEmpty();
        } finally {
            users.administrator().call(() -> accountService.enable(observer.getId(), disabled.getVersion()));
        }
        assertThat(tokenService.authenticate(issued.secret(), client())).isPresent();
    }

    @Test
    void afterFiveFailedChecksAClientIsRefusedEvenAValidTokenWhileOthersAreNot() {
        IssuedAccessToken issued = users.delegate().call(() -> tokenService.create("Throttled " + unique(),
                AccessTokenScope.READ_ONLY, tomorrow()));
        String guesser = client();
        assertThat(tokenService.authenticate("not a token", guesser)).isEmpty();
        for (int attempt = 2; attempt <= 5; attempt++) {
            String guess = "dmt_" + "A".repeat(42) + attempt;
            assertThat(tokenService.authenticate(guess, guesser)).isEmpty();
        }
        assertThat(tokenService.authenticate(issued.secret(), guesser)).as("locked out").isEmpty();
        assertThat(tokenService.authenticate(issued.secret(), client())).as("another client").isPresent();

        String actor = "bearer@" + guesser;
        assertThat(audit(new AuditSearch(actor, null, null, null, null, null))).extracting(AuditEntry::getAction)
                .containsExactly(AuditAction.SIGN_IN_REFUSED, AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED,
                        AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED);
    }

    @Test
    void onlySignedInUsersMakeTokensAndOnlyAdministratorsListOthers() {
        assertThatThrownBy(() -> users.anonymous().call(() -> tokenService.create("x", AccessTokenScope.READ_ONLY,
                tomorrow()))).isInstanceOf(jakarta.ejb.EJBAccessException.class);
        long delegateId = users.account(TestUsers.DELEGATE).getId();
        assertThatThrownBy(() -> users.secretariat().call(() -> tokenService.ofAccount(delegateId)))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    // --- helpers ---

    private static LocalDate tomorrow() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(2); // a day more: whatever the account's zone, after its today
    }

    /** A client address of its own, so that no other test's failures count against it. */
    private static String client() {
        return "it-" + unique();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private List<AuditEntry> audit(AuditSearch search) {
        return users.administrator().call(() -> auditService.search(search, 0, 100));
    }

    /** Every column of the token's row as text, read from the table itself. */
    private List<String> tokenRow(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select * from access_token where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                ResultSetMetaData columns = row.getMetaData();
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    values.add(String.valueOf(row.getObject(column)));
                }
                return values;
            }
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
