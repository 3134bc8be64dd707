package org.dialogue.meetings.infrastructure.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A minimal self-signed X.509 (version 1) certificate for an EC P-256 key pair, DER-encoded by hand. Java's PKCS#12
 * keystore keeps a private key only with a certificate; nobody relies on this one (the published public key and its
 * key id are what a reader checks), so it carries just what the format requires: serial number, signature algorithm
 * (ecdsa-with-SHA256), the same name as issuer and subject, validity, and the public key. The JDK parses and verifies
 * the result before it is used, so an encoding mistake fails at once instead of producing a bad keystore.
 */
final class SelfSignedCertificate {

    /** OID 1.2.840.10045.4.3.2, ecdsa-with-SHA256 (RFC 5758), in an AlgorithmIdentifier without parameters. */
    private static final byte[] ECDSA_WITH_SHA256 = {0x30, 0x0a, 0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce,
        0x3d, 0x04, 0x03, 0x02};
    /** OID 2.5.4.3, the common name attribute. */
    private static final byte[] COMMON_NAME = {0x06, 0x03, 0x55, 0x04, 0x03};
    /** RFC 5280 4.1.2.5: 99991231235959Z means "no well-defined expiration date". */
    private static final String NO_EXPIRY = "99991231235959Z";

    private SelfSignedCertificate() {
    }

    static X509Certificate of(KeyPair ecKeys, String commonName, Instant notBefore) throws GeneralSecurityException {
        byte[] name = sequence(set(sequence(COMMON_NAME, tagged(0x0c, commonName.getBytes(StandardCharsets.UTF_8)))));
        byte[] validity = sequence(tagged(0x17, DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'")
                .withZone(ZoneOffset.UTC).format(notBefore).getBytes(StandardCharsets.US_ASCII)),
                tagged(0x18, NO_EXPIRY.getBytes(StandardCharsets.US_ASCII)));
        byte[] serial = tagged(0x02, new BigInteger(63, new SecureRandom()).add(BigInteger.ONE).toByteArray());
        byte[] toBeSigned = sequence(serial, ECDSA_WITH_SHA256, name, validity, name,
                ecKeys.getPublic().getEncoded());

        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(ecKeys.getPrivate());
        signer.update(toBeSigned);
        byte[] signature = signer.sign();
        byte[] bitString = new byte[signature.length + 1]; // first byte: no unused bits
        System.arraycopy(signature, 0, bitString, 1, signature.length);
        byte[] der = sequence(toBeSigned, ECDSA_WITH_SHA256, tagged(0x03, bitString));

        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
        certificate.verify(ecKeys.getPublic());
        return certificate;
    }

    private static byte[] sequence(byte[]... parts) {
        return tagged(0x30, concat(parts));
    }

    private static byte[] set(byte[]... parts) {
        return tagged(0x31, concat(parts));
    }

    /** One DER element: tag, definite length (short or long form), content. */
    private static byte[] tagged(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length <= 0xff) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xff);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
