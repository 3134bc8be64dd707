package org.dialogue.meetings.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.dialogue.meetings.application.AccessTokenOfRequest;
import org.dialogue.meetings.application.TokenCaller;
import org.dialogue.meetings.web.security.BearerSignIn;

/**
 * Hands the name of the token an API request was signed in with to the services, whose audit entries then say
 * which program made the change (issue 17: "every change through the API is in the audit trail with the token's
 * name").
 */
@Provider
public class TokenAuditFilter implements ContainerRequestFilter {

    @Context
    private HttpServletRequest request;

    @Inject
    private AccessTokenOfRequest tokenOfRequest;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getAttribute(BearerSignIn.TOKEN_CALLER) instanceof TokenCaller caller) {
            tokenOfRequest.signedInWith(caller.tokenName());
        }
    }
}
