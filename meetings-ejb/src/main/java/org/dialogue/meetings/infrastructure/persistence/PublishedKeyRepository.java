package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.signing.PublishedKey;
import org.dialogue.meetings.infrastructure.signing.SigningKey;

/** The public keys approved minutes were ever signed with, never removed. */
@ApplicationScoped
public class PublishedKeyRepository {

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public Optional<PublishedKey> find(String keyId) {
        return Optional.ofNullable(em.find(PublishedKey.class, keyId));
    }

    /** Every published key, the most recently published first. */
    public List<PublishedKey> all() {
        return em.createNamedQuery(PublishedKey.ALL, PublishedKey.class).getResultList();
    }

    /** The key's published record, written now (and flushed, before anything refers to it) if it had none. */
    public PublishedKey publish(SigningKey key, Instant now) {
        return find(key.keyId()).orElseGet(() -> {
            PublishedKey published = new PublishedKey(key.keyId(), key.algorithm(), key.publicKeyPem(), now);
            em.persist(published);
            em.flush();
            return published;
        });
    }
}
