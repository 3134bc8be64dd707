package org.dialogue.meetings.application;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dialogue.meetings.domain.account.Reader;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.infrastructure.persistence.UserAccountRepository;

/**
 * Who is calling a service, read from the EJB context and the user's account in the database: the account decides
 * role and organisation for need-to-know, so a change an administrator makes applies at the user's next request.
 * A caller without an enabled account is refused.
 */
@ApplicationScoped
public class Callers {

    @Inject
    private UserAccountRepository accounts;

    public UserAccount account(EJBContext context) {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return accounts.findByUsername(name)
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new EJBAccessException("No enabled account for the caller"));
    }

    public Reader reader(EJBContext context) {
        return account(context).asReader();
    }

    /** The caller's name for the audit trail. */
    public static String name(EJBContext context) {
        return context.getCallerPrincipal() == null ? "-" : context.getCallerPrincipal().getName();
    }
}
