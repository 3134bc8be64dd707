package org.dialogue.meetings.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.dialogue.meetings.domain.account.Roles;

/**
 * Who is signed in, for the pages to show only the actions the user may take. Hiding a button is a courtesy, not the
 * protection: the services refuse whatever the role does not allow.
 *
 * <p>The Faces context is looked up at each call, not injected: when a page fails and the container shows an error page
 * in the same request, the error page runs in a new Faces context, and one injected earlier in the request would be the
 * failed page's, already released (its request is gone).
 */
@Named
@RequestScoped
public class CurrentUser {

    public boolean isSignedIn() {
        return external().getUserPrincipal() != null;
    }

    public String getName() {
        return isSignedIn() ? external().getUserPrincipal().getName() : null;
    }

    public boolean isAdministrator() {
        return external().isUserInRole(Roles.ADMINISTRATOR);
    }

    /** Schedules editions and meetings, builds agendas and participant lists. */
    public boolean isSecretariat() {
        return external().isUserInRole(Roles.SECRETARIAT);
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
