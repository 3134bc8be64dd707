package org.dialogue.meetings.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A personal access token's own rules, without a container: scope, expiry, revocation, the note of its last use. */
class AccessTokenTest {

    private static final Instant NOW = Instant.parse("2031-03-17T08:30:00Z");

    @Test
    void aReadOnlyTokenAllowsReadsOnlyAndAReadWriteOneEveryMethod() {
        assertThat(AccessTokenScope.READ_ONLY.allows("GET")).isTrue();
        assertThat(AccessTokenScope.READ_ONLY.allows("HEAD")).isTrue();
        assertThat(AccessTokenScope.READ_ONLY.allows("OPTIONS")).isTrue();
        for (String write : new String[] {"POST", "PUT", "PATCH", "DELETE", "get", "TRACE"}) {
            assertThat(AccessTokenScope.READ_ONLY.allows(write)).as(write).isFalse();
            assertThat(AccessTokenScope.READ_WRITE.allows(write)).as(write).isTrue();
        }
    }

    @Test
    void aTokenIsUsableUntilItExpiresOrIsRevokedOnce() {
        AccessToken token = token(NOW.plus(Duration.ofDays(1)));
        assertThat(token.isUsable(NOW)).isTrue();
        assertThat(token.isUsable(NOW.plus(Duration.ofDays(1)))).as("at the expiry instant").isFalse();

        assertThat(token.revoke("admin", NOW)).isTrue();
        assertThat(token.isUsable(NOW)).isFalse();
        assertThat(token.revoke("owner", NOW.plusSeconds(5))).as("a second revocation changes nothing").isFalse();
        assertThat(token.getRevokedBy()).isEqualTo("admin");
        assertThat(token.getRevokedAt()).isEqualTo(NOW);
        assertThat(token.auditFields()).containsEntry("revoked", "true").doesNotContainValue("0".repeat(64));
    }

    @Test
    void itsLastUseIsWrittenAtMostOnceAMinute() {
        AccessToken token = token(NOW.plus(Duration.ofDays(1)));
        assertThat(token.used(NOW)).isTrue();
        assertThat(token.used(NOW.plusSeconds(59))).isFalse();
        assertThat(token.getLastUsedAt()).isEqualTo(NOW);
        assertThat(token.used(NOW.plusSeconds(60))).isTrue();
        assertThat(token.getLastUsedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    private static AccessToken token(Instant expiresAt) {
        UserAccount owner = new UserAccount("owner", "Owner", Role.SECRETARIAT, null, "hash", NOW);
        return new AccessToken(owner, " Reporting ", AccessTokenScope.READ_ONLY, "0".repeat(64), NOW, expiresAt);
    }
}
