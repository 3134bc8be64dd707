package org.dialogue.meetings.web.language;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dialogue.meetings.application.AccountService;
import org.dialogue.meetings.domain.shared.Languages;

/**
 * The language switch's target: a plain form post (no Faces view, no session for an anonymous user) with
 * {@code language} (en, fr, es or ar) and {@code return} (the page to go back to, a path inside the application). It
 * sets the {@value LanguageResolution#COOKIE} cookie for a year, saves the choice on the account of a signed-in user
 * (which then wins on every later sign-in, whatever browser) and sends the browser back to the page.
 */
@WebServlet(urlPatterns = LanguageServlet.PATH)
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LanguageServlet.class.getName());

    public static final String PATH = "/language";
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    @Inject
    private AccountService accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!sameOrigin(request)) { // a form on another site cannot change anyone's language
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String language = request.getParameter("language");
        if (language == null || !Languages.CODES.contains(language)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.addCookie(cookie(request, language));
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null && session != null) {
            try {
                accounts.chooseOwnLanguage(language);
                session.setAttribute(LanguageFilter.SAVED_LANGUAGE, language);
            } catch (EJBException e) { // the cookie still switches this browser
                LOG.log(Level.WARNING, "The language could not be saved for " + request.getUserPrincipal().getName(),
                        e);
            }
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + returnPath(request.getParameter("return")));
    }

    /** The {@value LanguageResolution#COOKIE} cookie for a language: a year, the application's path. */
    static Cookie cookie(HttpServletRequest request, String language) {
        Cookie cookie = new Cookie(LanguageResolution.COOKIE, language);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true); // only the server reads it
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** Someone who opens the address itself gets the start page. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }

    /**
     * The page to go back to: the given path and query when it is a path inside this application, else "/" (the
     * field is sent by the browser, so a forged one must never lead to another site: {@code //host}, {@code https:},
     * backslashes, control characters...).
     */
    public static String returnPath(String candidate) {
        if (candidate == null || candidate.length() > 2000 || !candidate.startsWith("/") || candidate.startsWith("//")
                || candidate.startsWith(PATH + "?") || candidate.equals(PATH)
                || candidate.chars().anyMatch(c -> c == '\\' || c < 0x20 || c == 0x7f)) {
            return "/";
        }
        try {
            URI uri = new URI(candidate);
            return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawFragment() == null
                    ? candidate : "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }

    /** Whether the post comes from a page of this site (browsers send Origin with every form post). */
    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true; // an older browser or a test client: the session cookie is SameSite=Lax anyway
        }
        try { // the host alone: a proxy in front may answer https for a server that sees http
            return Optional.ofNullable(new URI(origin).getHost()).filter(request.getServerName()::equalsIgnoreCase)
                    .isPresent();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
