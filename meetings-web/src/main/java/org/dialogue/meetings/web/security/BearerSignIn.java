package org.dialogue.meetings.web.security;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dialogue.meetings.application.AccessTokenService;
import org.dialogue.meetings.application.TokenCaller;
import org.dialogue.meetings.web.api.Problems;
import org.dialogue.meetings.web.calendar.CalendarDownloads;
import org.dialogue.meetings.web.minutes.MinutesDownloads;

/**
 * Signs in the REST API's requests ({@value #API_PATH}...) with a personal access token sent as
 * {@code Authorization: Bearer <token>}, for {@link FormSignInMechanism} (the one mechanism the application may have).
 * The token is checked on every request by {@link AccessTokenService#authenticate} (revoked, expired, the account
 * disabled: refused at once; failures counted per client address in the sign-in throttle); the caller then has the
 * token owner's name and role as a password sign-in gives them, for this request only: no HTTP session is made or
 * used. A read-only token is refused (403) on anything but a read. Refusals are problem details, never a redirect to
 * the sign-in page: 401 with {@code WWW-Authenticate: Bearer} without a valid token.
 *
 * <p>The files the API's answers link to ({@link #isLinkedFile}: a meeting's {@code .ics} file, the PDF, canonical
 * text and {@code .sig} signature of minutes) are pages' addresses, served by the pages' servlets with their
 * need-to-know; a {@code GET} of one of them that carries {@code Authorization: Bearer} is signed in here the same
 * way, so a program downloads what the API links to with its token, and gets the pages' answer (a file, or the
 * not-found page). Without that header, or with any other method, they stay the pages' addresses
 * ({@link FormSignInMechanism}: a browser's session, else the sign-in page).
 */
@ApplicationScoped
public class BearerSignIn {

    public static final String API_PATH = "/api/";
    /** Request attribute: the {@link TokenCaller} of an API request signed in by token. */
    public static final String TOKEN_CALLER = "meetings.tokenCaller";

    /** The {@code WWW-Authenticate} challenge of a refusal (RFC 6750). */
    public static final String CHALLENGE = "Bearer realm=\"dialogue-meetings\"";
    private static final String SCHEME = "bearer ";

    /** A meeting's calendar file, as the API links to it: {@code /calendar/meetings/<id>.ics}. */
    private static final Pattern CALENDAR_FILE = Pattern.compile(Pattern.quote(CalendarDownloads.MEETING_PATH)
            + "\\d{1,18}" + Pattern.quote(CalendarDownloads.SUFFIX));

    @Inject
    private AccessTokenService tokens;

    /** Whether the request is addressed to the API. */
    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API_PATH);
    }

    /**
     * Whether the request is a {@code GET} of a file the API links to ({@link #isLinkedFile}) that carries a bearer
     * token: signed in by token as the API is. Not a {@code HEAD} nor any other method: those stay the pages'.
     */
    public static boolean isFileWithToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return "GET".equals(request.getMethod()) && header != null
                && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && isLinkedFile(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /**
     * Exactly the addresses the API's answers link to, as written there (a path inside the application, without its
     * query): the minutes' PDF, canonical text and signature, and a meeting's {@code .ics} file.
     */
    static boolean isLinkedFile(String path) {
        return path.equals(MinutesDownloads.PDF_PATH) || path.equals(MinutesDownloads.CANONICAL_PATH)
                || path.equals(MinutesDownloads.SIGNATURE_PATH) || CALENDAR_FILE.matcher(path).matches();
    }

    AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
                return unauthorized(request, response, CHALLENGE, "unauthorized");
            }
            Optional<TokenCaller> caller = check(header.substring(SCHEME.length()).strip(), request.getRemoteAddr());
            if (caller.isEmpty()) {
                return unauthorized(request, response, CHALLENGE + ", error=\"invalid_token\"", "invalidToken");
            }
            if (!caller.get().scope().allows(request.getMethod())) {
                response.setHeader("WWW-Authenticate", CHALLENGE + ", error=\"insufficient_scope\"");
                Problems.write(response, Problems.of(request, HttpServletResponse.SC_FORBIDDEN, "readOnlyToken"));
                return AuthenticationStatus.SEND_CONTINUE; // the response is written (as FormSignInMechanism's redirect)
            }
            request.setAttribute(TOKEN_CALLER, caller.get());
            return context.notifyContainerAboutLogin(caller.get().username(), Set.of(caller.get().role().name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first failure from a client creates its throttle row; two at once collide on it, and the one rolled back
     * is tried again (as {@link AccountIdentityStore} does for sign-ins).
     */
    private Optional<TokenCaller> check(String token, String client) {
        try {
            return tokens.authenticate(token, client);
        } catch (EJBException collided) {
            return tokens.authenticate(token, client);
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            String challenge, String problem) throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        Problems.write(response, Problems.of(request, HttpServletResponse.SC_UNAUTHORIZED, problem));
        return AuthenticationStatus.SEND_CONTINUE; // the response is written and committed: nothing may add to it
    }
}
