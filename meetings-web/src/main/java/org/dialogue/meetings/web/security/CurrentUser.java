package org.dialogue.meetings.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dialogue.meetings.domain.account.Roles;

/**
 * Who is signed in, for the pages to show only the actions the user may take. Hiding a button is a courtesy, not the
 * protection: the services refuse whatever the role does not allow.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private ExternalContext external;

    public boolean isSignedIn() {
        return external.getUserPrincipal() != null;
    }

    public String getName() {
        return isSignedIn() ? external.getUserPrincipal().getName() : null;
    }

    public boolean isAdministrator() {
        return external.isUserInRole(Roles.ADMINISTRATOR);
    }

    /** Schedules editions and meetings, builds agendas and participant lists. */
    public boolean isSecretariat() {
        return external.isUserInRole(Roles.SECRETARIAT);
    }
}
