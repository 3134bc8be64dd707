package org.dialogue.meetings.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dialogue.meetings.infrastructure.persistence.PublishedKeyRepository;
import org.dialogue.meetings.infrastructure.signing.SigningKey;
import org.dialogue.meetings.infrastructure.signing.SigningKeyStore;

/**
 * At start: reads (or, on the default set-up, generates) the signing key, so a keystore that cannot be read stops the
 * deployment with the reason instead of the first approval, and publishes its public key. Its own transaction: an
 * instance of a cluster starting at the same moment may publish the same key first, which is fine.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class SigningKeyStartup {

    private static final Logger LOG = Logger.getLogger(SigningKeyStartup.class.getName());

    @Inject
    private SigningKeyStore keyStore;

    @Inject
    private PublishedKeyRepository published;

    @Inject
    private Clock clock;

    @Resource
    private UserTransaction transaction;

    @PostConstruct
    void publishTheCurrentKey() {
        SigningKey key = keyStore.current();
        try {
            transaction.begin();
            published.publish(key, clock.instant());
            transaction.commit();
        } catch (Exception raced) {
            rollback();
            if (published.find(key.keyId()).isEmpty()) {
                throw new IllegalStateException("The signing key " + key.keyId() + " could not be published", raced);
            }
            LOG.log(Level.FINE, "Another instance published the key first", raced);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.FINE, "rollback", e);
        }
    }
}
