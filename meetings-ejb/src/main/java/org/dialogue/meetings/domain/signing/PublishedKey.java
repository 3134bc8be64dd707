package org.dialogue.meetings.domain.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A public key the application signs (or signed) approved minutes with, published for anyone to check a record with
 * OpenSSL. Recorded when an instance first starts with the key and never removed, so that minutes signed before a
 * rotation stay checkable.
 */
@Entity
@Table(name = "signing_key")
@NamedQuery(name = PublishedKey.ALL, query = "SELECT k FROM PublishedKey k ORDER BY k.publishedAt DESC, k.keyId")
public class PublishedKey implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "PublishedKey.all";

    /** See {@link KeyId}: the business key, so no generated id. */
    @Id
    @Column(name = "key_id", length = 64)
    private String keyId;

    /** The JCA name of the signature algorithm ("SHA256withECDSA"). */
    @Column(nullable = false, length = 30)
    private String algorithm;

    @Column(name = "public_key_pem", nullable = false, length = 4000)
    private String publicKeyPem;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "first_used_at")
    private Instant firstUsedAt;

    protected PublishedKey() {
        // for JPA
    }

    public PublishedKey(String keyId, String algorithm, String publicKeyPem, Instant publishedAt) {
        if (!KeyId.isWellFormed(keyId)) {
            throw new IllegalArgumentException("A key id is 64 lowercase hex digits: " + keyId);
        }
        this.keyId = keyId;
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.publicKeyPem = Objects.requireNonNull(publicKeyPem, "publicKeyPem");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
    }

    /** The first signature with this key. */
    public void usedAt(Instant at) {
        if (firstUsedAt == null) {
            firstUsedAt = at;
        }
    }

    public String getKeyId() {
        return keyId;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getPublicKeyPem() {
        return publicKeyPem;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** Null while no minutes were signed with this key. */
    public Instant getFirstUsedAt() {
        return firstUsedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublishedKey that && keyId.equals(that.keyId);
    }

    @Override
    public int hashCode() {
        return keyId.hashCode();
    }
}
