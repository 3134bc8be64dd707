package org.dialogue.meetings.infrastructure.signing;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.dialogue.meetings.domain.minutes.ApprovalSignature;
import org.dialogue.meetings.domain.minutes.MinutesSigner;
import org.dialogue.meetings.domain.signing.KeyId;

/**
 * A key pair that signs approved minutes. Its signatures are what {@code openssl dgst -sha256 -verify key.pem
 * -signature minutes.sig minutes.txt} checks: SHA256withECDSA for an EC key (DER-encoded), SHA256withRSA for an RSA
 * key. Other key types are refused, as that command does not check them.
 */
public final class SigningKey implements MinutesSigner {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String algorithm;
    private final String keyId;

    SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.algorithm = algorithmFor(publicKey);
        this.keyId = KeyId.of(publicKey);
    }

    static String algorithmFor(PublicKey publicKey) {
        if (publicKey instanceof ECPublicKey) {
            return "SHA256withECDSA";
        }
        if (publicKey instanceof RSAPublicKey) {
            return "SHA256withRSA";
        }
        throw new IllegalStateException("The signing key must be an EC (P-256) or RSA key, not "
                + publicKey.getAlgorithm() + ": openssl dgst checks only those");
    }

    @Override
    public ApprovalSignature sign(byte[] canonicalTextUtf8) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(privateKey);
            signature.update(canonicalTextUtf8);
            return new ApprovalSignature(keyId, signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing with key " + keyId + " failed", e);
        }
    }

    /** The key id (see {@link KeyId}), also its fingerprint on the pages. */
    public String keyId() {
        return keyId;
    }

    /** The JCA signature algorithm, "SHA256withECDSA" or "SHA256withRSA". */
    public String algorithm() {
        return algorithm;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as a PEM "PUBLIC KEY" block (SubjectPublicKeyInfo), as OpenSSL reads it. */
    public String publicKeyPem() {
        return pem(publicKey);
    }

    static String pem(PublicKey key) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    @Override
    public String toString() {
        return "SigningKey " + algorithm + " " + keyId; // never the private key
    }
}
