package org.dialogue.meetings.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.account.AccessToken;

/** Personal access tokens, found by the hash of their secret (the secret itself is never stored). */
@ApplicationScoped
public class AccessTokenRepository {

    @PersistenceContext(unitName = "meetings")
    private EntityManager em;

    public Optional<AccessToken> find(long id) {
        return Optional.ofNullable(em.find(AccessToken.class, id));
    }

    public Optional<AccessToken> findByHash(String secretHash) {
        return em.createNamedQuery(AccessToken.FIND_BY_HASH, AccessToken.class).setParameter("hash", secretHash)
                .getResultStream().findFirst();
    }

    /** An account's tokens, the newest first, revoked and expired ones included. */
    public List<AccessToken> ofAccount(long accountId) {
        return em.createNamedQuery(AccessToken.OF_ACCOUNT, AccessToken.class).setParameter("account", accountId)
                .getResultList();
    }

    public void add(AccessToken token) {
        em.persist(token);
    }
}
