package org.dialogue.meetings.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.dialogue.meetings.web.language.LanguageFilter;
import java.io.IOException;
import org.dialogue.meetings.application.SignInResult;
import org.dialogue.meetings.domain.shared.TimeZones;
import org.dialogue.meetings.web.support.Feedback;
import org.dialogue.meetings.web.support.ViewerZone;

/**
 * The sign-in page. The page is a transient view and this bean request-scoped, so showing the page creates no HTTP
 * session: one is created only when a sign-in succeeds, and then with a new id. Every refusal shows the same message,
 * which never says whether the user name exists.
 */
@Named
@RequestScoped
public class SignInView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private SignInOutcome outcome;

    @Inject
    private Feedback feedback;

    private String username;
    private String password;
    /** Where to go after signing in: a path inside the application, from the link that led here. */
    private String continueTo;
    private boolean signedOut;
    /** The browser's time zone (resources/js/time-zone.js fills the hidden field), for a user who has none yet. */
    private String browserZone;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true).credential(
                        new UsernamePasswordCredential(username, new Password(password == null ? "" : password))));
        password = null; // never rendered back into the page
        switch (status) {
            case SUCCESS -> {
                signedIn(request);
                external.redirect(request.getContextPath() + SignInFilter.localPath(continueTo));
            }
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    feedback.text("signIn.refused"), null));
        }
    }

    private void signedIn(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no id seen before signing in stays valid after it
        }
        HttpSession session = request.getSession();
        session.removeAttribute(LanguageFilter.SAVED_LANGUAGE); // this user's own choice is read on the next request
        SignInResult result = outcome.get();
        if (result.mustChangePassword()) {
            session.setAttribute(SignInFilter.MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
        adoptBrowserZone(session);
    }

    /**
     * A user without a time zone gets the browser's (a value that is no zone is ignored). The services see the new
     * identity only from the next request on, so the zone waits in the session until
     * {@link org.dialogue.meetings.web.support.BrowserZoneFilter} saves it, on the redirect that follows.
     */
    private void adoptBrowserZone(HttpSession session) {
        if (TimeZones.personal(browserZone).isPresent()) {
            session.setAttribute(ViewerZone.BROWSER_ZONE, browserZone.strip());
        }
    }

    /** A page address from a link, as a path inside the application ("/" for anything else), for return links. */
    public String localPath(String page) {
        return SignInFilter.localPath(page);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public String getBrowserZone() {
        return browserZone;
    }

    public void setBrowserZone(String browserZone) {
        this.browserZone = browserZone;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }
}
