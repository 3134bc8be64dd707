package org.dialogue.meetings.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The application's sign-in form as a Jakarta Security mechanism (the same on Payara Micro and Payara Server). The
 * sign-in page hands it the credential through {@code SecurityContext.authenticate}; the identity store checks it; the
 * signed-in user is then kept in the HTTP session, which is created only at that moment, as a {@link SignedInCaller}
 * that every later request of the session hands back to the container.
 *
 * <p>Not {@code @AutoApplySession}: the container's record of the sign-in does not survive the move of a session to
 * another instance of a cluster (the user arrived there signed in but without roles, and every service refused them).
 * A plain Serializable record in the session does, on whichever instance serves the next request.
 *
 * <p>Unlike the platform's built-in form mechanisms, it saves nothing in a session before sign-in: a request that
 * needs a sign-in is sent to the sign-in page with the page to return to as a parameter. So anonymous requests and
 * failed sign-ins never create sessions, and there is no "continue" request to replay (which also avoids Payara issue
 * #4734, roles missing in EJBs on the first request after such a replay).
 *
 * <p>Requests to the REST API ({@code /api/...}) are signed in by {@link BearerSignIn} instead, with the personal
 * access token each one carries: Jakarta Security allows one mechanism per application, so this one hands them on.
 * So are the {@code GET}s of the files the API links to that carry {@code Authorization: Bearer} (the calendar file,
 * the minutes' PDF, canonical text and signature); without it those stay pages' addresses, answered here.
 */
@ApplicationScoped
public class FormSignInMechanism implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private BearerSignIn bearer;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // the REST API: a token on every request, never a session; and the files it links to, fetched with one
        if (BearerSignIn.isApi(request) || BearerSignIn.isFileWithToken(request)) {
            return bearer.validateRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession().setAttribute(SignedInCaller.SESSION_ATTRIBUTE,
                        new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInCaller.SESSION_ATTRIBUTE) instanceof SignedInCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) { // a page only one role may open (web.xml), asked for anonymously
            try {
                SignInFilter.sendToSignIn(request, response); // the same answer as for every other page
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE; // the response is written
        }
        return context.doNothing();
    }
}
