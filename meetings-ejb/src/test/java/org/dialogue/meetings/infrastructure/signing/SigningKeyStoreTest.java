package org.dialogue.meetings.infrastructure.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dialogue.meetings.domain.minutes.ApprovalSignature;
import org.dialogue.meetings.domain.signing.KeyId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signing key without a server: generated once, owner-only, the same for instances that start together on one
 * folder, read back from its keystore, refused clearly when misconfigured; its signatures check with the published
 * PEM alone.
 */
class SigningKeyStoreTest {

    @TempDir
    Path folder;

    @Test
    void aMissingKeystoreIsGeneratedWithAPasswordFileBothReadableByTheirOwnerOnly() throws Exception {
        Path keystore = folder.resolve("data/signing-key.p12");
        Path passwordFile = folder.resolve("data/signing-key.p12.password");

        SigningKey key = SigningKeyStore.load(keystore, passwordFile, Optional.empty(), "minutes-signing");

        assertThat(key.algorithm()).isEqualTo("SHA256withECDSA");
        assertThat(key.keyId()).isEqualTo(KeyId.of(key.publicKey())).matches("[0-9a-f]{64}");
        for (Path file : List.of(keystore, passwordFile)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                    .isEqualTo("rw-------");
        }
        assertThat(Files.list(keystore.getParent())).as("no temporary file left").hasSize(2);
        SigningKey again = SigningKeyStore.load(keystore, passwordFile, Optional.empty(), "minutes-signing");
        assertThat(again.keyId()).as("read back, not generated again").isEqualTo(key.keyId());
    }

    @Test
    void instancesStartingTogetherOnOneFolderEndWithTheSameKey() throws Exception {
        Path keystore = folder.resolve("shared/signing-key.p12");
        Path passwordFile = folder.resolve("shared/signing-key.p12.password");
        int instances = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<String>> keyIds = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                Callable<String> instance = () -> {
                    start.await();
                    return SigningKeyStore.load(keystore, passwordFile, Optional.empty(), "minutes-signing").keyId();
                };
                keyIds.add(pool.submit(instance));
            }
            start.countDown();
            List<String> seen = new ArrayList<>();
            for (Future<String> keyId : keyIds) {
                seen.add(keyId.get());
            }
            assertThat(seen).hasSize(instances).containsOnly(seen.get(0));
            assertThat(SigningKeyStore.load(keystore, passwordFile, Optional.empty(), "minutes-signing").keyId())
                    .isEqualTo(seen.get(0));
            assertThat(Files.list(keystore.getParent())).as("no temporary file left").hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSignatureChecksWithThePublishedPemAndFailsOnAChangedText() throws Exception {
        SigningKey key = SigningKeyStore.load(folder.resolve("k.p12"), folder.resolve("k.p12.password"),
                Optional.empty(), "minutes-signing");
        byte[] text = "MINUTES\nMeeting: Réunion – اجتماع\n".getBytes(StandardCharsets.UTF_8);

        ApprovalSignature signature = key.sign(text);

        assertThat(signature.getKeyId()).isEqualTo(key.keyId());
        String pem = key.publicKeyPem();
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("\n-----END PUBLIC KEY-----\n");
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        var publicKey = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(body)));
        assertThat(KeyId.of(publicKey)).isEqualTo(key.keyId());
        assertThat(verifies(publicKey, text, signature.getBytes())).isTrue();
        text[0] ^= 1;
        assertThat(verifies(publicKey, text, signature.getBytes())).isFalse();
    }

    @Test
    void aConfiguredKeystoreWithItsPasswordIsReadAndAWrongAliasIsNamedInTheError() throws Exception {
        Path keystore = folder.resolve("given.p12");
        Files.write(keystore, SigningKeyStore.newKeyStore("our-key", "s3cret-pass".toCharArray()));

        SigningKey key = SigningKeyStore.load(keystore, folder.resolve("none"), Optional.of("s3cret-pass"),
                "our-key");
        assertThat(key.keyId()).matches("[0-9a-f]{64}");

        assertThatThrownBy(() -> SigningKeyStore.load(keystore, folder.resolve("none"), Optional.of("s3cret-pass"),
                "minutes-signing")).hasMessageContaining("minutes-signing").hasMessageContaining("our-key");
        assertThatThrownBy(() -> SigningKeyStore.load(keystore, folder.resolve("none"), Optional.empty(),
                "our-key")).hasMessageContaining(SigningKeyStore.PASSWORD);
    }

    @Test
    void aKeystoreMadeWithTheAdministrationGuidesKeytoolCommandIsRead() throws Exception {
        Path keystore = folder.resolve("signing-key.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        // docs/administration.md, "The signing key", with the password given on the command line instead of typed.
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "minutes-signing",
                "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                "-dname", "CN=Dialogue Meetings minutes signing", "-validity", "36500",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "keytool-pass-1")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();

        SigningKey key = SigningKeyStore.load(keystore, folder.resolve("none"), Optional.of("keytool-pass-1"),
                SigningKeyStore.DEFAULT_ALIAS);

        assertThat(key.algorithm()).isEqualTo("SHA256withECDSA");
        assertThat(key.keyId()).isEqualTo(KeyId.of(key.publicKey()));
    }

    private static boolean verifies(java.security.PublicKey key, byte[] text, byte[] signature) throws Exception {
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(key);
        verifier.update(text);
        return verifier.verify(signature);
    }
}
