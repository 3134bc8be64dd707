package org.dialogue.meetings.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * Test only. The base of the {@code @RunAs} beans that let a container test call the services as one role: the work
 * runs inside the bean's business method, so every service it calls sees the bean's run-as identity (the principal
 * that {@code WEB-INF/glassfish-web.xml} of the test deployment maps to the role).
 *
 * <p>No transaction of its own: each service call starts and ends its own, exactly as when a page calls it.
 * Nothing is thrown out of the bean: a runtime exception leaving it would be a system exception (logged, and perhaps
 * wrapped, by the container), so the outcome is handed back and {@link Caller} rethrows it unchanged.
 */
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class RoleWrapper {

    public Outcome attempt(Callable<?> work) {
        try {
            return new Outcome(work.call(), null);
        } catch (Throwable thrown) { // NOPMD: handed back to the test, which rethrows it as it is
            return new Outcome(null, thrown);
        }
    }
}
