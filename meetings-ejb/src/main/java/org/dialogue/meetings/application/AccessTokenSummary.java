package org.dialogue.meetings.application;

import java.io.Serializable;
import java.time.Instant;
import org.dialogue.meetings.domain.account.AccessToken;
import org.dialogue.meetings.domain.account.AccessTokenScope;

/**
 * A personal access token as its owner's profile page and the administrator see it: never its secret nor the hash.
 *
 * @param owner  the user name of the account it belongs to
 * @param usable whether a call made when this was read could use it (not revoked, not expired)
 */
public record AccessTokenSummary(long id, String name, String owner, AccessTokenScope scope, Instant createdAt,
        Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy, boolean usable)
        implements Serializable {

    static AccessTokenSummary of(AccessToken token, Instant now) {
        return new AccessTokenSummary(token.getId(), token.getName(), token.getAccount().getUsername(),
                token.getScope(), token.getCreatedAt(), token.getExpiresAt(), token.getLastUsedAt(),
                token.getRevokedAt(), token.getRevokedBy(), token.isUsable(now));
    }

    // Getters for the pages: Jakarta EL 5 (Jakarta EE 10) reads bean properties, not record components.

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOwner() {
        return owner;
    }

    public AccessTokenScope getScope() {
        return scope;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isUsable() {
        return usable;
    }
}
