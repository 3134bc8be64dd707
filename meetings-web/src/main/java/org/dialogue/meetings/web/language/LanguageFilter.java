package org.dialogue.meetings.web.language;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dialogue.meetings.application.AccountService;
import org.dialogue.meetings.domain.shared.Languages;

/**
 * Decides the language of every request ({@link LanguageResolution}) and hands it on: as a request attribute, read by
 * {@link LanguageViewHandler} for the page's view root, and as the request's own locale. The signed-in user's saved
 * choice is read once per session (kept in the session, which a signed-in user has anyway); an anonymous request
 * never gets a session from here.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LanguageFilter.class.getName());

    /** The request's locale (a {@link Locale}), once decided. */
    public static final String LOCALE_ATTRIBUTE = "meetings.locale";

    /** Session attribute: the signed-in user's saved language, "" when they have not chosen one. */
    public static final String SAVED_LANGUAGE = "meetings.savedLanguage";

    @Inject
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null && session.getAttribute(SAVED_LANGUAGE) == null) {
            try {
                String saved = accounts.me().getLanguage().orElse("");
                session.setAttribute(SAVED_LANGUAGE, saved);
                if (!saved.isEmpty() && !saved.equals(cookie(request))) {
                    // this browser's cookie follows the account: the sign-in page after signing out speaks it too
                    response.addCookie(LanguageServlet.cookie(request, saved));
                }
            } catch (EJBException e) { // the cookie and the browser still choose: never fail a page over this
                LOG.log(Level.WARNING, "The saved language could not be read for " + request.getUserPrincipal()
                        .getName(), e);
            }
        }
        Locale locale = localeOf(request);
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            // pages differ by these headers: a shared cache must not give one reader's language to another
            response.addHeader("Vary", "Accept-Language, Cookie");
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Locale getLocale() {
                return locale;
            }

            @Override
            public Enumeration<Locale> getLocales() {
                return Collections.enumeration(java.util.List.of(locale));
            }
        }, response);
    }

    /** The locale a request is answered in, decided once per request. */
    public static Locale localeOf(HttpServletRequest request) {
        if (request.getAttribute(LOCALE_ATTRIBUTE) instanceof Locale known) {
            return known;
        }
        Locale locale = Languages.locale(LanguageResolution.resolve(savedLanguage(request), cookie(request),
                request.getHeader("Accept-Language")));
        request.setAttribute(LOCALE_ATTRIBUTE, locale);
        return locale;
    }

    private static Optional<String> savedLanguage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        return session.getAttribute(SAVED_LANGUAGE) instanceof String saved && !saved.isEmpty()
                ? Optional.of(saved) : Optional.empty();
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LanguageResolution.COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
