package org.dialogue.meetings.application.invitation;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, single-purpose tokens for links that work without signing in: {@code base64url(purpose.id.expiry)} followed
 * by a dot and {@code base64url(HMAC-SHA256(secret, purpose.id.expiry))}. The purpose is inside the signed text, so a
 * token signed for one purpose never passes as another; the expiry (epoch seconds) too, so it cannot be pushed back.
 * Plain Java, no container: the secret is given by the caller ({@link InvitationTokens}).
 */
public final class SignedTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** Far longer than any token we issue: anything longer is refused before it is decoded. */
    private static final int MAX_LENGTH = 400;

    /** What a token check found. */
    public enum Verdict {
        VALID, INVALID, EXPIRED
    }

    /**
     * The outcome of a check.
     *
     * @param verdict valid, invalid (bad form, bad signature or another purpose) or expired
     * @param subject the id the token was issued for, when valid or expired (the signature was right); else 0
     */
    public record Check(Verdict verdict, long subject) {
        static Check invalid() {
            return new Check(Verdict.INVALID, 0);
        }
    }

    private final byte[] secret;

    public SignedTokens(byte[] secret) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("A token secret needs at least 32 bytes");
        }
        this.secret = secret.clone();
    }

    public String sign(String purpose, long subject, Instant expiry) {
        if (purpose == null || purpose.isEmpty() || purpose.contains(".")) {
            throw new IllegalArgumentException("A purpose is a non-empty word without dots: " + purpose);
        }
        String payload = purpose + "." + subject + "." + expiry.getEpochSecond();
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(mac(payload));
    }

    /** Checks the signature first, then the purpose, then the expiry against {@code now}. Never throws. */
    public Check verify(String token, String purpose, Instant now) {
        Objects.requireNonNull(purpose);
        if (token == null || token.length() > MAX_LENGTH) {
            return Check.invalid();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Check.invalid();
        }
        String payload;
        byte[] signature;
        try {
            byte[] payloadBytes = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
            // One spelling per token: base64's unused trailing bits would otherwise let a changed link pass.
            if (!ENCODER.encodeToString(payloadBytes).equals(token.substring(0, dot))
                    || !ENCODER.encodeToString(signature).equals(token.substring(dot + 1))) {
                return Check.invalid();
            }
            payload = new String(payloadBytes, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Check.invalid();
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) { // constant time
            return Check.invalid();
        }
        String[] parts = payload.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(purpose)) {
            return Check.invalid();
        }
        long subject;
        long expiry;
        try {
            subject = Long.parseLong(parts[1]);
            expiry = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            return Check.invalid();
        }
        return now.getEpochSecond() < expiry ? new Check(Verdict.VALID, subject) : new Check(Verdict.EXPIRED, subject);
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
