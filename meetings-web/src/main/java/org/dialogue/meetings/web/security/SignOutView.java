package org.dialogue.meetings.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.dialogue.meetings.application.AccountService;

/** Signing out: recorded in the audit trail, then the session ends and its cookie is removed from the browser. */
@Named
@RequestScoped
public class SignOutView {

    @Inject
    private AccountService accounts;

    @Inject
    private FacesContext faces;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        accounts.signedOut();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // Without its cookies, the browser's next visit is a plain anonymous one, not an "expired session": the id,
        // and the version Payara sets beside it for sessions that may move between the instances of a cluster.
        String name = request.getServletContext().getSessionCookieConfig().getName() == null
                ? "JSESSIONID" : request.getServletContext().getSessionCookieConfig().getName();
        for (String cookieName : new String[] {name, name + "VERSION"}) {
            Cookie cookie = new Cookie(cookieName, "");
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(0);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            response.addCookie(cookie);
        }
        external.redirect(request.getContextPath() + SignInFilter.SIGN_IN_PAGE + "?signedOut=true");
    }
}
