package org.dialogue.meetings.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.dialogue.meetings.domain.shared.Text;

/**
 * A personal access token: lets a program call the REST API as the account it belongs to, with that account's role
 * and need-to-know, until it expires or is revoked. Only the SHA-256 hash of its secret is kept; the secret is shown
 * to its owner once, when it is made.
 */
@Entity
@Table(name = "access_token")
@NamedQuery(name = AccessToken.FIND_BY_HASH,
        query = "select t from AccessToken t join fetch t.account where t.secretHash = :hash")
@NamedQuery(name = AccessToken.OF_ACCOUNT,
        query = "select t from AccessToken t where t.account.id = :account order by t.createdAt desc, t.id desc")
public class AccessToken {

    public static final String FIND_BY_HASH = "AccessToken.findByHash";
    public static final String OF_ACCOUNT = "AccessToken.ofAccount";
    public static final int NAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ids")
    @SequenceGenerator(name = "ids", sequenceName = "id_sequence", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private UserAccount account;

    @NotBlank(message = "{token.name.required}")
    @Size(max = NAME_LENGTH, message = "{token.name.size}")
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false, unique = true)
    private String secretHash;

    @NotNull(message = "{token.scope.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AccessTokenScope scope;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** Who revoked it: its owner, or the administrator who did. */
    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    protected AccessToken() {
    }

    public AccessToken(UserAccount account, String name, AccessTokenScope scope, String secretHash, Instant now,
            Instant expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.name = Text.trimToNull(name);
        this.scope = scope;
        this.secretHash = Objects.requireNonNull(secretHash);
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Whether a call made now may use it: not revoked, not expired (the account is checked apart). */
    public boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /**
     * Notes a call made with it. Written at most once a minute, so that a program calling in a loop does not
     * write the row on every request.
     */
    public boolean used(Instant now) {
        if (lastUsedAt != null && now.isBefore(lastUsedAt.plusSeconds(60))) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    /** Stops it for good; revoking a revoked token changes nothing. */
    public boolean revoke(String by, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        revokedBy = by;
        return true;
    }

    public boolean belongsTo(UserAccount someone) {
        return account.equals(someone);
    }

    /** The facts the audit trail keeps (never the hash). */
    public Map<String, String> auditFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("owner", account.getUsername());
        fields.put("scope", String.valueOf(scope));
        fields.put("expiresAt", String.valueOf(expiresAt));
        fields.put("revoked", String.valueOf(revokedAt != null));
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
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

    public String getRevokedBy() {
        return revokedBy;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AccessToken that && secretHash != null
                && secretHash.equals(that.secretHash);
    }

    @Override
    public int hashCode() {
        return secretHash == null ? System.identityHashCode(this) : secretHash.hashCode();
    }

    @Override
    public String toString() {
        return "AccessToken[" + id + ", " + name + "]"; // never the hash
    }
}
