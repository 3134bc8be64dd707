package org.dialogue.meetings.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The personal access token a REST API request was signed in with, named by the web layer once the token is checked:
 * {@link AuditTrail} adds its name to every entry the request writes, so a change made through the API shows which
 * program made it (issue 17). Empty for a page or a timer. Only one thread uses a request's instance.
 */
@RequestScoped
public class AccessTokenOfRequest {

    private String name;

    public void signedInWith(String tokenName) {
        this.name = tokenName;
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }
}
