package org.dialogue.meetings.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;
import org.dialogue.meetings.application.AccountService;
import org.dialogue.meetings.application.AccountSummary;
import org.dialogue.meetings.application.IssuedPassword;
import org.dialogue.meetings.application.NewUserDetails;
import org.dialogue.meetings.domain.account.Role;
import org.dialogue.meetings.web.support.Feedback;

/**
 * One user, for the administrator: created here (with a one-time password), given a role and organisation, disabled
 * or enabled, or given a new one-time password. A one-time password is shown once, on the page that issued it, and
 * is kept nowhere else: the user must replace it at the next sign-in.
 */
@Named
@ViewScoped
public class UserEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "userForm";

    @Inject
    private AccountService accounts;

    @Inject
    private Feedback feedback;

    private Long id;
    private AccountSummary user;
    private boolean missing;

    private String username;
    private String fullName;
    private Role role;
    private Long organisationId;

    /** The password just issued, shown once; dropped as soon as the page does anything else. */
    private String oneTimePassword;

    public void load() {
        if (id == null) {
            return;
        }
        Optional<AccountSummary> found = accounts.find(id);
        missing = found.isEmpty();
        found.ifPresent(this::show);
    }

    private void show(AccountSummary account) {
        user = account;
        username = account.getUsername();
        fullName = account.getFullName();
        role = account.getRole();
        organisationId = account.getOrganisationId();
    }

    public void save() {
        oneTimePassword = null;
        if (user == null) {
            feedback.attempt(FORM, () -> accounts.create(new NewUserDetails(username, fullName, role,
                    organisationId))).ifPresent(issued -> {
                        issued(issued);
                        id = issued.account().getId();
                        feedback.info("user.created", issued.account().getUsername());
                    });
        } else if (change(() -> accounts.update(id, user.getVersion(), fullName, role, organisationId))) {
            feedback.info("user.saved", user.getUsername());
        }
    }

    public void disable() {
        oneTimePassword = null;
        if (change(() -> accounts.disable(id, user.getVersion()))) {
            feedback.info("user.disabled", user.getUsername());
        }
    }

    public void enable() {
        oneTimePassword = null;
        if (change(() -> accounts.enable(id, user.getVersion()))) {
            feedback.info("user.enabled", user.getUsername());
        }
    }

    public void resetPassword() {
        oneTimePassword = null;
        feedback.attempt(FORM, () -> accounts.resetPassword(id, user.getVersion())).ifPresent(issued -> {
            issued(issued);
            feedback.info("user.passwordReset", issued.account().getUsername());
        });
    }

    private void issued(IssuedPassword issued) {
        show(issued.account());
        oneTimePassword = issued.password();
    }

    private boolean change(Supplier<AccountSummary> action) {
        Optional<AccountSummary> changed = feedback.attempt(FORM, action);
        changed.ifPresent(this::show);
        return changed.isPresent();
    }

    public boolean isNew() {
        return user == null;
    }

    public boolean isMissing() {
        return missing;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public AccountSummary getUser() {
        return user;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
