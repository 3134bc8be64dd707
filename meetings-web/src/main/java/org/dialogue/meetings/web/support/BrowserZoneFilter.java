package org.dialogue.meetings.web.support;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dialogue.meetings.application.AccountService;

/**
 * Saves the time zone the browser reported at sign-in ({@link ViewerZone#BROWSER_ZONE} in the session) for a user who
 * has none, on the first request after the sign-in: the services see the new identity only from that request on (in
 * the sign-in request itself Payara refuses the call). Costs one session lookup on every other request.
 */
@WebFilter(urlPatterns = "/*")
public class BrowserZoneFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BrowserZoneFilter.class.getName());

    @Inject
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(ViewerZone.BROWSER_ZONE);
        if (pending instanceof String browserZone && request.getUserPrincipal() != null) {
            session.removeAttribute(ViewerZone.BROWSER_ZONE);
            try {
                accounts.adoptBrowserTimeZone(browserZone);
            } catch (EJBException e) { // the venue's times alone are still right: never fail a page over this
                LOG.log(Level.WARNING, "The browser's time zone could not be saved for " + request.getUserPrincipal()
                        .getName(), e);
            }
        }
        chain.doFilter(request, response);
    }
}
