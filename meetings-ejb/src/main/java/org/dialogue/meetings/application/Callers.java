package org.dialogue.meetings.application;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.Optional;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.infrastructure.persistence.UserAccountRepository;

/**
 * Who is calling a service, read from the EJB context and the user's account in the database: the account decides
 * role and organisation for need-to-know, so a change an administrator makes applies at the user's next request.
 * A caller without an enabled account is refused.
 *
 * <p>The account is looked up by name once per request ({@link CallerOfRequest}); the entity itself, for the services
 * that change it or record it, comes by its id from the persistence context or EclipseLink's shared cache, which cache
 * coordination keeps fresh across instances.
 */
@ApplicationScoped
public class Callers {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private CallerOfRequest callerOfRequest;

    @Inject
    private BeanManager beans;

    /** The caller's account, managed by the calling service's persistence context. */
    public UserAccount account(EJBContext context) {
        Reader reader = reader(context);
        return accounts.find(reader.userId())
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new EJBAccessException("No enabled account for the caller"));
    }

    /** The caller's id, role and organisation, as this request first read them. */
    public Reader reader(EJBContext context) {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        Optional<Reader> reader = beans.getContext(RequestScoped.class).isActive()
                ? callerOfRequest.reader(name, this::read)
                : read(name); // a start-up task: no request to remember it for
        return reader.orElseThrow(() -> new EJBAccessException("No enabled account for the caller"));
    }

    /** An account's role, organisation or state changed: the rest of this request reads the callers again. */
    public void accountsChanged() {
        if (beans.getContext(RequestScoped.class).isActive()) {
            callerOfRequest.forget();
        }
    }

    private Optional<Reader> read(String name) {
        return accounts.findByUsername(name).filter(UserAccount::isEnabled).map(UserAccount::asReader);
    }

    /** The caller's name for the audit trail. */
    public static String name(EJBContext context) {
        return context.getCallerPrincipal() == null ? "-" : context.getCallerPrincipal().getName();
    }
}
