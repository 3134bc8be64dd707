package org.dialogue.meetings.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import org.dialogue.meetings.ServiceDeployment;
import org.dialogue.meetings.testing.ContainerTest;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Every relationship between entities is lazy, so that EclipseLink never takes the cascaded locks of the shared cache
 * when it copies a cached record into a transaction.
 *
 * <p>Why: an entity with an eager relationship is copied under locks on it and on everything it eagerly reaches. A
 * thread that finds one of them busy waits on the record's monitor, but the EclipseLink that Payara 6.2025.10
 * bundles (4.0.7.payara-p1) wakes waiters through another lock's condition, and waits without a time limit by
 * default. So that thread never wakes: pages of several tabs at once hung for good in {@code
 * WriteLockManager.acquireLocksForClone} (thread dumps of {@code ConcurrentPageViewsIT}). With every relationship lazy,
 * EclipseLink takes a plain read lock instead, whose waiters are woken.
 */
@ContainerTest
class SharedCacheLockingIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @Inject
    private PersistenceUnitAccess persistenceUnit;

    @Test
    void noEntityIsCopiedUnderCascadedLocks() {
        List<ClassDescriptor> descriptors = List.copyOf(persistenceUnit.factory().unwrap(Session.class)
                .getDescriptors().values());

        assertThat(descriptors).as("the application's entities").hasSizeGreaterThan(10);
        assertThat(descriptors).filteredOn(ClassDescriptor::shouldAcquireCascadedLocks)
                .as("entities with an eager relationship (make it fetch = FetchType.LAZY)")
                .extracting(ClassDescriptor::getJavaClassName).isEmpty();
    }

    /** The application's persistence unit, as the services have it. */
    @ApplicationScoped
    static class PersistenceUnitAccess {

        @PersistenceUnit(unitName = "meetings")
        private EntityManagerFactory factory;

        EntityManagerFactory factory() {
            return factory;
        }
    }
}
