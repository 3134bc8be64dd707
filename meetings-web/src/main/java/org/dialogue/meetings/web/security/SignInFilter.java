package org.dialogue.meetings.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dialogue.meetings.web.api.Problems;
import org.dialogue.meetings.web.language.LanguageServlet;
import org.dialogue.meetings.web.signing.SigningKeysServlet;
import org.omnifaces.util.Servlets;

/**
 * What every request passes through before its page:
 * <ul>
 * <li>Anonymous requests for a page go to the sign-in page, which then brings the user back; no HTTP session is
 * created for them. A request that still carries the id of a session that has ended (30 idle minutes, or a server
 * restart) goes to the "session expired" page instead, which offers to sign in again and return to that page.
 * <li>A user whose password was given by someone else can open nothing but the change-password page.
 * <li>Pages shown to a signed-in user are not stored by the browser ({@code Cache-Control: no-store}).
 * </ul>
 * Ajax requests get their redirect as a Faces partial response (OmniFaces), so the browser follows it.
 */
@WebFilter(filterName = "SignInFilter", urlPatterns = "/*")
public class SignInFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String SIGN_IN_PAGE = "/login.xhtml";
    public static final String EXPIRED_PAGE = "/errors/expired.xhtml";
    public static final String PASSWORD_PAGE = "/account/password.xhtml";

    /** Session attributes set at sign-in by {@link SignInView}. */
    static final String MUST_CHANGE_PASSWORD = "meetings.mustChangePassword";

    /**
     * Open to everyone: the sign-in page, the error pages, static files and Faces resources, calendar feeds (read by
     * calendar applications, which cannot sign in: the feed's secret token in the address is the credential), the
     * language switch ({@link LanguageServlet}: it sets a cookie, and saves the choice only for a signed-in user) and the
     * reply page of invitation e-mails (its signed token is the credential; a transient view, so it creates no session
     * either), the page about the Dialogue (public facts; a transient view too), and the public keys approved
     * minutes are signed with ({@link SigningKeysServlet}: anyone holding a record checks it with them).
     */
    public static final String INVITATION_REPLY_PAGE = "/invitations/reply.xhtml";
    /**
     * MicroProfile Health's liveness and readiness, which Payara serves inside this application (deployed at the
     * root): asked by load balancers and process supervisors, which cannot sign in. Their JSON names the checks and
     * their status only, and creates no session. Exactly these two addresses: Payara's other endpoints under
     * {@code /health} and anything else it might serve stay behind the sign-in (docs/operations.md, Health).
     */
    public static final List<String> HEALTH_ADDRESSES = List.of("/health/live", "/health/ready");
    /**
     * The OpenAPI description of the REST API, which Payara serves from {@code META-INF/openapi.yaml}: read by those
     * who connect a program before they have a token (issue 17). Exactly this address; it creates no session.
     */
    public static final String OPENAPI_ADDRESS = "/openapi";
    public static final String ABOUT_PAGE = "/about.xhtml";
    private static final List<String> PUBLIC_PREFIXES = List.of(SIGN_IN_PAGE, "/errors/", "/jakarta.faces.resource/",
            "/resources/", "/favicon.ico", "/favicon.svg", "/calendar/feeds/", INVITATION_REPLY_PAGE, ABOUT_PAGE,
            SigningKeysServlet.PATH);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PUBLIC_PREFIXES.stream().anyMatch(path::startsWith) || path.equals(LanguageServlet.PATH)
                || HEALTH_ADDRESSES.contains(path) || path.equals(OPENAPI_ADDRESS)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getUserPrincipal() == null) {
            if (BearerSignIn.isApi(request) || BearerSignIn.isFileWithToken(request)) {
                // answered by BearerSignIn already; never a redirect for a program
                response.setHeader("WWW-Authenticate", BearerSignIn.CHALLENGE);
                Problems.write(response, Problems.of(request, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized"));
                return;
            }
            sendToSignIn(request, response);
            return;
        }
        // What a signed-in user was shown is not kept by the browser: after signing out, neither Back nor the
        // history shows it again (the browser asks the server, which asks for a sign-in).
        response.setHeader("Cache-Control", "no-store");
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (session.getAttribute(MUST_CHANGE_PASSWORD) != null && !path.equals(PASSWORD_PAGE)) {
                redirect(request, response, PASSWORD_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Answers a request that needs a signed-in user and has none: to the sign-in page, which comes back to the page
     * afterwards, or to the "session expired" page when the request carries the id of a session that has ended.
     */
    static void sendToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String page = pageOf(request, path);
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        redirect(request, response, expired ? EXPIRED_PAGE + "?page=" + encode(page)
                : SIGN_IN_PAGE + ("/".equals(page) ? "" : "?continue=" + encode(page)));
    }

    /** Answers a form post that cannot be accepted (no view state) with the "session expired" page. */
    static void sendToExpired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        redirect(request, response, EXPIRED_PAGE + "?page=" + encode(pageOf(request, path)));
    }

    /**
     * The page the user was on, as a path inside the application: the address itself for a GET, the page the form
     * was on (its Referer, when it is this application's) for a POST, which is addressed to the bare view.
     */
    private static String pageOf(HttpServletRequest request, String path) {
        if ("GET".equals(request.getMethod())) {
            return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            String own = request.getRequestURL().toString();
            String origin = own.substring(0, own.length() - request.getRequestURI().length())
                    + request.getContextPath();
            if (referer.startsWith(origin + "/")) {
                return localPath(referer.substring(origin.length()));
            }
        }
        return path;
    }

    /**
     * A path inside this application, or "/" for anything else: a {@code continue} or {@code page} parameter is typed
     * by whoever made the link, so it must never lead to another site ({@code //host}, {@code https:}...).
     */
    public static String localPath(String candidate) {
        if (candidate == null || !candidate.startsWith("/") || candidate.startsWith("//")
                || candidate.contains("\\") || candidate.startsWith(SIGN_IN_PAGE)) {
            return "/";
        }
        try {
            URI uri = new URI(candidate);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? candidate : "/";
        } catch (java.net.URISyntaxException e) {
            return "/";
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String localUrl)
            throws IOException {
        Servlets.facesRedirect(request, response, request.getContextPath() + localUrl);
    }
}
