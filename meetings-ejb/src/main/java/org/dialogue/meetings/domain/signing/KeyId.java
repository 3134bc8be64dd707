package org.dialogue.meetings.domain.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The id of a signing key: the SHA-256 of its public key's DER encoding (the X.509 SubjectPublicKeyInfo, what a PEM
 * "PUBLIC KEY" holds), as 64 lowercase hex digits. Anyone can compute it from the published PEM:
 * {@code openssl pkey -pubin -in key.pem -outform DER | sha256sum}.
 */
public final class KeyId {

    private static final Pattern WELL_FORMED = Pattern.compile("[0-9a-f]{64}");

    private KeyId() {
    }

    public static String of(PublicKey publicKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public static boolean isWellFormed(String keyId) {
        return keyId != null && WELL_FORMED.matcher(keyId).matches();
    }
}
