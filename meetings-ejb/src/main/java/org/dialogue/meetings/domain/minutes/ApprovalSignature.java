package org.dialogue.meetings.domain.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Base64;
import java.util.Objects;
import org.dialogue.meetings.domain.signing.KeyId;

/**
 * The application's signature of approved minutes: the DER-encoded signature of the canonical text's UTF-8 bytes, and
 * the id of the key that made it (see {@link KeyId}), so that the record stays checkable after the key is replaced.
 */
@Embeddable
public class ApprovalSignature implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "approved_key_id", length = 64)
    private String keyId;

    /** Base64 in the database: the same column type on H2 and PostgreSQL. */
    @Column(name = "approved_signature", length = 1000)
    private String signature;

    protected ApprovalSignature() {
        // for JPA
    }

    public ApprovalSignature(String keyId, byte[] signature) {
        if (!KeyId.isWellFormed(keyId)) {
            throw new IllegalArgumentException("A key id is 64 lowercase hex digits: " + keyId);
        }
        if (signature == null || signature.length == 0) {
            throw new IllegalArgumentException("A signature has bytes");
        }
        this.keyId = keyId;
        this.signature = Base64.getEncoder().encodeToString(signature);
    }

    public String getKeyId() {
        return keyId;
    }

    /** The signature as the {@code .sig} file holds it: raw DER bytes, as {@code openssl dgst -verify} reads them. */
    public byte[] getBytes() {
        return Base64.getDecoder().decode(signature);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApprovalSignature that && keyId.equals(that.keyId) && signature.equals(that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, signature);
    }
}
