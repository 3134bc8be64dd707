package org.dialogue.meetings.infrastructure.signing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the signing key comes from: a PKCS#12 keystore, read once per instance (MicroProfile Config, like every
 * setting: system properties, environment variables such as {@code MEETINGS_SIGNING_KEYSTORE}...):
 * <ul>
 * <li>{@value #KEYSTORE} - the keystore file; by default {@value #DEFAULT_FILE} in the data folder
 * ({@code meetings.data.dir}).
 * <li>{@value #PASSWORD} - its password; when not given, read from the file {@value #PASSWORD_FILE} (by default the
 * keystore's name followed by {@code .password}). The key's password is the keystore's, as keytool makes them.
 * <li>{@value #ALIAS} - the entry of the private key, by default {@value #DEFAULT_ALIAS}.
 * </ul>
 * When the keystore does not exist, a new EC P-256 key is generated into it (with a random password in the password
 * file unless one is configured), both files readable by their owner only. Two instances starting at once on the same
 * folder end up with the same key (see {@link OwnerOnlyFiles}). Every instance of a cluster must be given the same
 * keystore: otherwise each would sign with a key of its own (every one published, but a needless mess).
 */
@ApplicationScoped
public class SigningKeyStore {

    public static final String KEYSTORE = "meetings.signing.keystore";
    public static final String PASSWORD = "meetings.signing.keystore-password";
    public static final String PASSWORD_FILE = "meetings.signing.keystore-password-file";
    public static final String ALIAS = "meetings.signing.alias";
    public static final String DEFAULT_FILE = "signing-key.p12";
    public static final String DEFAULT_ALIAS = "minutes-signing";
    private static final String DATA_DIR = "meetings.data.dir";

    private static final Logger LOG = Logger.getLogger(SigningKeyStore.class.getName());

    private volatile SigningKey current;

    /** The key approvals are signed with now, read (or generated) on first use. */
    public SigningKey current() {
        SigningKey key = current;
        if (key == null) {
            synchronized (this) {
                if (current == null) {
                    current = load(ConfigProvider.getConfig());
                }
                key = current;
            }
        }
        return key;
    }

    static SigningKey load(Config config) {
        Path keystore = config.getOptionalValue(KEYSTORE, String.class).map(Path::of)
                .orElseGet(() -> Path.of(config.getOptionalValue(DATA_DIR, String.class).orElse("data"))
                        .resolve(DEFAULT_FILE)).toAbsolutePath().normalize();
        Path passwordFile = config.getOptionalValue(PASSWORD_FILE, String.class).map(Path::of)
                .orElseGet(() -> keystore.resolveSibling(keystore.getFileName() + ".password"))
                .toAbsolutePath().normalize();
        return load(keystore, passwordFile, config.getOptionalValue(PASSWORD, String.class),
                config.getOptionalValue(ALIAS, String.class).orElse(DEFAULT_ALIAS));
    }

    /** The key under {@code alias} in {@code keystore}, generated there first when the file does not exist. */
    static SigningKey load(Path keystore, Path passwordFile, Optional<String> configuredPassword, String alias) {
        try {
            if (!Files.exists(keystore)) {
                char[] password = configuredPassword.map(String::toCharArray)
                        .orElseGet(() -> readOrCreatePassword(passwordFile));
                byte[] created = OwnerOnlyFiles.createOnce(keystore, newKeyStore(alias, password));
                LOG.info(() -> "Signing keystore " + keystore + " (" + created.length + " bytes) ready; give every"
                        + " instance of a cluster this same file (" + KEYSTORE + ")");
            }
            char[] password = configuredPassword.map(String::toCharArray).orElseGet(() -> readPassword(passwordFile));
            SigningKey key = read(keystore, password, alias);
            LOG.info(() -> "Approved minutes are signed with key " + key.keyId() + " (" + key.algorithm() + ") from "
                    + keystore);
            return key;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing key from " + keystore + " (alias " + alias
                    + "): " + e.getMessage(), e);
        }
    }

    static SigningKey read(Path keystore, char[] password, String alias) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(Files.readAllBytes(keystore)), password);
        Key key = store.getKey(alias, password);
        Certificate certificate = store.getCertificate(alias);
        if (!(key instanceof PrivateKey privateKey) || certificate == null) {
            throw new GeneralSecurityException("no private key entry named \"" + alias + "\" (entries: "
                    + Collections.list(store.aliases()) + ")");
        }
        return new SigningKey(privateKey, certificate.getPublicKey());
    }

    /** A new PKCS#12 keystore holding a fresh EC P-256 key pair under {@code alias}. */
    static byte[] newKeyStore(String alias, char[] password) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        Certificate certificate = SelfSignedCertificate.of(keys, "Dialogue Meetings minutes signing", Instant.now());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, keys.getPrivate(), password, new Certificate[] {certificate});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        return out.toByteArray();
    }

    private static char[] readOrCreatePassword(Path passwordFile) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String candidate = Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n";
        try {
            return new String(OwnerOnlyFiles.createOnce(passwordFile, candidate.getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8).strip().toCharArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the signing keystore's password file " + passwordFile, e);
        }
    }

    private static char[] readPassword(Path passwordFile) {
        try {
            return Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray();
        } catch (IOException e) {
            throw new IllegalStateException("The signing keystore's password: set " + PASSWORD + ", or put it in "
                    + passwordFile + " (or the file named by " + PASSWORD_FILE + ")", e);
        }
    }
}
