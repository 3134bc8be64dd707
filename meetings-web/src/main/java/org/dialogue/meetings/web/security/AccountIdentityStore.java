package org.dialogue.meetings.web.security;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.dialogue.meetings.application.AccountService;
import org.dialogue.meetings.application.SignInResult;

/**
 * Checks user names and passwords against the accounts in the database, through {@link AccountService#signIn}, which
 * also counts failures and writes the audit trail. The user's role becomes their only group; Payara maps a group to
 * the role of the same name.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private SignInOutcome outcome;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result = signIn(credential);
        outcome.set(result);
        if (!result.accepted()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(), Set.of(result.role().name()));
    }

    /**
     * The first failure for a name creates its counter row; two such sign-ins at once collide on it, and the one
     * whose transaction is rolled back (with its count and audit entry) is tried again, when the row exists and
     * attempts queue on its lock. Without this, parallel guesses at a fresh name were not all counted, and the
     * losers answered with a server error.
     */
    private SignInResult signIn(UsernamePasswordCredential credential) {
        try {
            return accounts.signIn(credential.getCaller(), credential.getPasswordAsString());
        } catch (EJBException collided) {
            return accounts.signIn(credential.getCaller(), credential.getPasswordAsString());
        }
    }
}
