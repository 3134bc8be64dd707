package org.dialogue.meetings.web.minutes;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;

/**
 * The language a download is printed in, for a servlet (no FacesContext there): the cookie {@code meetings-language}
 * (en, fr, es or ar) when it is set, else the first of the browser's Accept-Language languages among those four,
 * else English. The signed-in user's saved language is not read here yet: the web tier's locale resolution will take
 * over this place.
 */
final class PdfLanguage {

    /** The cookie of the language switch. */
    static final String COOKIE = "meetings-language";

    private static final Set<String> SUPPORTED = Set.of("en", "fr", "es", "ar");

    private PdfLanguage() {
    }

    static Locale of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && SUPPORTED.contains(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        for (Locale accepted : Collections.list(request.getLocales())) {
            if (SUPPORTED.contains(accepted.getLanguage())) {
                return Locale.forLanguageTag(accepted.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }
}
