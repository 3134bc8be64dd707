package org.dialogue.meetings.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.dialogue.meetings.application.AccountService;
import org.dialogue.meetings.web.security.PasswordChange;
import org.dialogue.meetings.web.support.Feedback;

/**
 * Changing one's own password: always possible, and forced after a sign-in with a password given by someone else
 * (the first administrator's generated one, or one an administrator reset).
 */
@Named
@RequestScoped
public class PasswordView {

    private static final String FORM = "passwordForm";

    @Inject
    private AccountService accounts;

    @Inject
    private Feedback feedback;

    @Inject
    private FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void change() throws IOException {
        if (!Objects.equals(newPassword, confirmation)) {
            feedback.errorAtField(FORM, "confirmation", "account.password.mismatch");
            return;
        }
        if (feedback.attempt(FORM, () -> accounts.changeOwnPassword(currentPassword, newPassword)).isPresent()) {
            ExternalContext external = faces.getExternalContext();
            HttpSession session = (HttpSession) external.getSession(false);
            if (session != null) {
                PasswordChange.done(session);
            }
            feedback.infoAfterRedirect("account.password.changed");
            external.redirect(external.getRequestContextPath() + "/");
        }
    }

    /** Whether the user must choose a password before going anywhere else. */
    public boolean isForced() {
        HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
        return session != null && PasswordChange.isRequired(session);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
