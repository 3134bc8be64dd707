package org.dialogue.meetings.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.dialogue.meetings.application.AccessTokenService;
import org.dialogue.meetings.application.AccessTokenSummary;
import org.dialogue.meetings.application.AccountSummary;
import org.dialogue.meetings.web.support.Feedback;

/**
 * On the administrator's user form: the account's personal access tokens, each of which the administrator may revoke
 * (a program that misbehaves, a token that leaked). Never a secret: the service hands out none after creation.
 */
@Named
@ViewScoped
public class UserTokensView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "userTokensForm";

    @Inject
    private UserEditView userEditView;

    @Inject
    private AccessTokenService tokenService;

    @Inject
    private Feedback feedback;

    private List<AccessTokenSummary> tokens;

    public List<AccessTokenSummary> getTokens() {
        AccountSummary user = userEditView.getUser();
        if (tokens == null && user != null) {
            tokens = tokenService.ofAccount(user.getId());
        }
        return tokens == null ? List.of() : tokens;
    }

    public void revoke(long id) {
        feedback.attempt(FORM, () -> tokenService.revoke(id)).ifPresent(revoked -> {
            tokens = null; // read again, as they stand now
            feedback.info("token.revoked", revoked.name());
        });
    }
}
