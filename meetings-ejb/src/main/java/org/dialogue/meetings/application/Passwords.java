package org.dialogue.meetings.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dialogue.meetings.domain.account.WeakPasswordException;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;

/**
 * Hashing, policy and generation of passwords. Hashes are PBKDF2 with HMAC-SHA256 at 600,000 iterations (OWASP's
 * current advice), by the platform's {@link Pbkdf2PasswordHash}; the stored form names its algorithm and count, so
 * older hashes still verify if these settings are raised later. The policy is Passay's: at least
 * {@value #MINIMUM_LENGTH} characters, not containing the user name.
 */
@ApplicationScoped
public class Passwords {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;
    /** Generated passwords: 20 characters without look-alikes (no 0/O, 1/l/I). */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 20;

    @Inject
    private Pbkdf2PasswordHash hash;

    private final SecureRandom random = new SecureRandom();

    private final PasswordValidator policy = new PasswordValidator(
            new LengthRule(MINIMUM_LENGTH, MAXIMUM_LENGTH),
            new UsernameRule(true, true)); // also reversed, any case

    /** Compared against when a user name is unknown, so that the answer takes as long as for a real user. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "600000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate(generate().toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification, for a user name that does not exist. */
    public void verifyDecoy(String password) {
        hash.verify(password == null ? new char[0] : password.toCharArray(), decoy);
    }

    /** Refuses a password that breaks the policy, naming each broken rule. */
    public void checkPolicy(String field, String username, String password) {
        RuleResult result = policy.validate(new PasswordData(username, password == null ? "" : password));
        if (!result.isValid()) {
            List<String> broken = new ArrayList<>();
            for (RuleResultDetail detail : result.getDetails()) {
                if (!broken.contains(detail.getErrorCode())) {
                    broken.add(detail.getErrorCode());
                }
            }
            throw new WeakPasswordException(field, broken, MINIMUM_LENGTH);
        }
    }

    /** A random password for first sign-ins and resets, to be shown once and changed at once. */
    public String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
