package org.dialogue.meetings.web.language;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dialogue.meetings.domain.shared.Languages;

/**
 * Which language a request is answered in, first that applies: the signed-in user's saved choice, the switch's cookie
 * ({@value #COOKIE}), the browser's languages (Accept-Language, in the order of their weights), English.
 */
public final class LanguageResolution {

    /** The cookie the language switch sets: one of {@link Languages#CODES}, path = the application's context path. */
    public static final String COOKIE = "meetings-language";

    private LanguageResolution() {
    }

    /**
     * The language code for a request.
     *
     * @param saved the signed-in user's saved choice, if any
     * @param cookie the value of the {@value #COOKIE} cookie, or null
     * @param acceptLanguage the Accept-Language header, or null
     */
    public static String resolve(Optional<String> saved, String cookie, String acceptLanguage) {
        return saved.flatMap(LanguageResolution::exact)
                .or(() -> exact(cookie))
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(Languages.ENGLISH);
    }

    /** The first supported language of an Accept-Language header ("fr-CH, fr;q=0.9, en;q=0.8"), or empty. */
    public static Optional<String> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) { // a malformed header is ignored, as if the browser sent none
            return Optional.empty();
        }
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed()) // stable: order kept
                .map(range -> range.getRange())
                .filter(range -> !range.startsWith("*"))
                .map(Languages::supported)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The code itself when it is exactly one of {@link Languages#CODES} (a cookie or a saved value), else empty. */
    private static Optional<String> exact(String code) {
        return code != null && Languages.CODES.contains(code) ? Optional.of(code) : Optional.empty();
    }
}
