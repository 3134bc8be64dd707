package org.dialogue.meetings.application;

import java.io.Serializable;
import java.time.Instant;
import org.dialogue.meetings.domain.signing.PublishedKey;

/**
 * A published signing key as pages show it: its id (the fingerprint), signature algorithm, public key (PEM), when it
 * was published and first used (null while unused), and whether approvals are signed with it now.
 */
public record SigningKeyDetails(String keyId, String algorithm, String publicKeyPem, Instant publishedAt,
        Instant firstUsedAt, boolean current) implements Serializable {

    static SigningKeyDetails of(PublishedKey key, String currentKeyId) {
        return new SigningKeyDetails(key.getKeyId(), key.getAlgorithm(), key.getPublicKeyPem(), key.getPublishedAt(),
                key.getFirstUsedAt(), key.getKeyId().equals(currentKeyId));
    }
}
