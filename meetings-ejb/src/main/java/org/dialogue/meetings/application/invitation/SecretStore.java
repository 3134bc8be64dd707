package org.dialogue.meetings.application.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Secrets the application generates for itself and keeps in the database (table {@code application_secret}), so that
 * every instance of a cluster signs and checks with the same one. Each read or creation runs in its own transaction:
 * a secret once written is never rolled back with the caller's work.
 */
@ApplicationScoped
public class SecretStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    /** The stored secret of that name, if there is one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> find(String name) {
        List<?> values = em.createNativeQuery("SELECT secret_value FROM application_secret WHERE name = ?1")
                .setParameter(1, name).getResultList();
        return values.stream().findFirst().map(String::valueOf);
    }

    /**
     * Stores a new random secret (48 bytes, base64url) under that name. Fails (the primary key) when another instance
     * stored one first: read that one then.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String create(String name) {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("INSERT INTO application_secret (name, secret_value, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, name).setParameter(2, value).setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
        return value;
    }
}
