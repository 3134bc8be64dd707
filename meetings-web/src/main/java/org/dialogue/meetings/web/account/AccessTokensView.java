package org.dialogue.meetings.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.dialogue.meetings.application.AccessTokenService;
import org.dialogue.meetings.application.AccessTokenSummary;
import org.dialogue.meetings.domain.account.AccessTokenScope;
import org.dialogue.meetings.web.support.Feedback;

/**
 * The personal access tokens section of the profile page ({@code WEB-INF/includes/access-tokens.xhtml}): the user's
 * tokens for the REST API, a form that makes one, and a button per token that revokes it. Only a token's hash is
 * stored, so its secret is shown once, in the answer to the form, and kept nowhere else (not even in the session:
 * the bean lives for one request, and the form is posted without Ajax).
 */
@Named
@RequestScoped
public class AccessTokensView {

    static final String FORM = "tokenForm";
    /** The expiry date the form offers. */
    static final int DEFAULT_DAYS = 90;

    @Inject
    private AccessTokenService tokenService;

    @Inject
    private Feedback feedback;

    private List<AccessTokenSummary> tokens;
    private String name;
    private AccessTokenScope scope = AccessTokenScope.READ_ONLY;
    private LocalDate expiresOn = LocalDate.now().plusDays(DEFAULT_DAYS);
    private String newSecret;

    @PostConstruct
    void load() {
        tokens = tokenService.mine();
    }

    /** Makes the token and shows its secret, this once. */
    public void create() {
        feedback.attempt(FORM, () -> tokenService.create(name, scope, expiresOn)).ifPresent(issued -> {
            newSecret = issued.secret();
            tokens = tokenService.mine();
            name = null;
            feedback.info("token.created", issued.token().name());
        });
    }

    public void revoke(long id) {
        feedback.attempt(FORM, () -> tokenService.revoke(id)).ifPresent(revoked -> {
            tokens = tokenService.mine();
            feedback.info("token.revoked", revoked.name());
        });
    }

    public List<AccessTokenSummary> getTokens() {
        return tokens;
    }

    public AccessTokenScope[] getScopes() {
        return AccessTokenScope.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AccessTokenScope getScope() {
        return scope;
    }

    public void setScope(AccessTokenScope scope) {
        this.scope = scope;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    /** The secret of the token just made, or null on any other request. */
    public String getNewSecret() {
        return newSecret;
    }
}
