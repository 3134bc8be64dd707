package org.dialogue.meetings.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.domain.signing.KeyId;
import org.dialogue.meetings.infrastructure.persistence.PublishedKeyRepository;
import org.dialogue.meetings.infrastructure.signing.SigningKey;
import org.dialogue.meetings.infrastructure.signing.SigningKeyStore;

/**
 * The public keys approved minutes are signed with: the current one and every earlier one. Open to everyone, signed
 * in or not: a public key is public, and anyone holding a downloaded record must be able to check it.
 */
@Stateless
@Interceptors(CallerAccountCheck.class)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class SigningKeyService {

    @Inject
    private SigningKeyStore keyStore;

    @Inject
    private PublishedKeyRepository published;

    @Inject
    private Clock clock;

    /** The key that signs approvals now (published at start, see {@link SigningKeyStartup}). */
    @PermitAll
    public SigningKeyDetails current() {
        SigningKey key = keyStore.current();
        return SigningKeyDetails.of(published.publish(key, clock.instant()), key.keyId());
    }

    /** Every key ever published, the current one included, the most recent first. */
    @PermitAll
    public List<SigningKeyDetails> published() {
        String current = keyStore.current().keyId();
        return published.all().stream().map(key -> SigningKeyDetails.of(key, current)).toList();
    }

    /** One published key by its id; empty for an id that is not one. */
    @PermitAll
    public Optional<SigningKeyDetails> find(String keyId) {
        if (!KeyId.isWellFormed(keyId)) {
            return Optional.empty();
        }
        String current = keyStore.current().keyId();
        return published.find(keyId).map(key -> SigningKeyDetails.of(key, current));
    }
}
