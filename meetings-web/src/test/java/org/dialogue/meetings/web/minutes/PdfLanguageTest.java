package org.dialogue.meetings.web.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The language of a PDF download: the language cookie, else the browser's first supported language, else English. */
class PdfLanguageTest {

    @Test
    void theCookieComesFirstWhenItNamesALanguageOfTheProduct() {
        assertThat(PdfLanguage.of(request(new Cookie[] {new Cookie(PdfLanguage.COOKIE, "ar")}, Locale.FRENCH)))
                .isEqualTo(Locale.forLanguageTag("ar"));
        assertThat(PdfLanguage.of(request(new Cookie[] {new Cookie(PdfLanguage.COOKIE, "de")}, Locale.FRENCH)))
                .isEqualTo(Locale.FRENCH);
    }

    @Test
    void theBrowsersFirstSupportedLanguageElseEnglish() {
        assertThat(PdfLanguage.of(request(null, Locale.GERMAN, Locale.forLanguageTag("es-MX"), Locale.FRENCH)))
                .isEqualTo(Locale.forLanguageTag("es"));
        assertThat(PdfLanguage.of(request(null, Locale.forLanguageTag("ar-MA")))).isEqualTo(Locale.forLanguageTag("ar"));
        assertThat(PdfLanguage.of(request(null, Locale.JAPANESE))).isEqualTo(Locale.ENGLISH);
    }

    private static HttpServletRequest request(Cookie[] cookies, Locale... accepted) {
        return (HttpServletRequest) Proxy.newProxyInstance(PdfLanguageTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getCookies" -> cookies;
                    case "getLocales" -> Collections.enumeration(List.of(accepted));
                    case "getLocale" -> accepted[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
