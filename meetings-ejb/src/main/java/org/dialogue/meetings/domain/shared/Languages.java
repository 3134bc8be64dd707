package org.dialogue.meetings.domain.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the product speaks: INTERPOL's official languages. English is the base of every resource bundle (the
 * files without a suffix); French, Spanish and Arabic have their own files ({@code <base>_fr.properties}...). Arabic is
 * written right to left.
 */
public final class Languages {

    public static final String ENGLISH = "en";

    /** The codes, in the order the language switch shows them. */
    public static final List<String> CODES = List.of("en", "fr", "es", "ar");

    private Languages() {
    }

    /** The supported language a code or a language tag names ("fr", "fr-CA", " AR "), or empty. */
    public static Optional<String> supported(String codeOrTag) {
        if (codeOrTag == null || codeOrTag.isBlank() || codeOrTag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(codeOrTag.strip().replace('_', '-')).getLanguage();
        return CODES.contains(language) ? Optional.of(language) : Optional.empty();
    }

    /** The locale for a code of {@link #CODES}; English for anything else. */
    public static Locale locale(String code) {
        return Locale.forLanguageTag(supported(code).orElse(ENGLISH));
    }

    /** Whether the language is written right to left. */
    public static boolean rightToLeft(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage());
    }
}
