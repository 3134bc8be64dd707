package org.dialogue.meetings.web.support;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dialogue.meetings.application.AccountService;

/**
 * The signed-in user's own time zone, read once per request (one call, whatever the number of times a page shows).
 */
@Named
@RequestScoped
public class ViewerZone {

    /** Session attribute: the zone the browser reported at sign-in, waiting to be saved for a user who has none. */
    public static final String BROWSER_ZONE = ViewerZone.class.getName() + ".browserZone";

    private static final Logger LOG = Logger.getLogger(ViewerZone.class.getName());

    @Inject
    private AccountService accounts;

    private boolean loaded;
    private ZoneId zone;

    /** The user's zone; null for an anonymous visitor or a user whose zone is not known yet. */
    public ZoneId get() {
        if (!loaded) {
            loaded = true;
            zone = load();
        }
        return zone;
    }

    /** The zone was changed in this request (the profile page): the rest of the page shows the new one. */
    public void changed(ZoneId newZone) {
        loaded = true;
        zone = newZone;
    }

    public String getId() {
        ZoneId current = get();
        return current == null ? null : current.getId();
    }

    private ZoneId load() {
        // Looked up now, not injected: an error page shown in the same request runs in a new Faces context.
        if (FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() == null) {
            return null;
        }
        try {
            return accounts.me().getTimeZone();
        } catch (EJBException e) { // the venue's times alone are still right: never fail a page over this
            LOG.log(Level.WARNING, "The signed-in user's time zone could not be read", e);
            return null;
        }
    }
}
