package org.dialogue.meetings.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
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

    /**
     * The roles asked about in this request, with the name they were asked for. A page asks dozens of times (every
     * {@code rendered} that depends on a role, in several phases), and each container check goes through the
     * authorisation provider's synchronised tables: with many requests at once the threads queued there. The name
     * keeps the answers right across a sign-in or sign-out in the request.
     */
    private final Map<String, Boolean> roles = new HashMap<>();
    private String rolesOf;

    public boolean isSignedIn() {
        return external().getUserPrincipal() != null;
    }

    public String getName() {
        return isSignedIn() ? external().getUserPrincipal().getName() : null;
    }

    public boolean isAdministrator() {
        return inRole(Roles.ADMINISTRATOR);
    }

    /** Schedules editions and meetings, builds agendas and participant lists. */
    public boolean isSecretariat() {
        return inRole(Roles.SECRETARIAT);
    }

    private boolean inRole(String role) {
        ExternalContext external = external();
        String name = external.getUserPrincipal() == null ? null : external.getUserPrincipal().getName();
        if (!Objects.equals(name, rolesOf)) {
            roles.clear();
            rolesOf = name;
        }
        return roles.computeIfAbsent(role, external::isUserInRole);
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
