package org.dialogue.meetings.domain.minutes;

import java.util.Locale;
import java.util.Optional;

/**
 * A language minutes are written or translated in: the Dialogue's four (INTERPOL's official languages). Stored as its
 * ISO 639-1 code; Arabic reads right to left.
 */
public enum MinutesLanguage {
    EN("en"), FR("fr"), ES("es"), AR("ar");

    private final String code;

    MinutesLanguage(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code: what is stored, and the value of an HTML {@code lang} attribute. */
    public String getCode() {
        return code;
    }

    public boolean isRightToLeft() {
        return this == AR;
    }

    /** The value of an HTML {@code dir} attribute for text in this language. */
    public String getDirection() {
        return isRightToLeft() ? "rtl" : "ltr";
    }

    /** The language of a code ("ar", "fr-CA" reads as "fr"), if it is one of the four. */
    public static Optional<MinutesLanguage> ofCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
        for (MinutesLanguage candidate : values()) {
            if (candidate.code.equals(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The language of a locale (a page's), English when it is none of the four. */
    public static MinutesLanguage of(Locale locale) {
        return locale == null ? EN : ofCode(locale.toLanguageTag()).orElse(EN);
    }

    /** The language of a stored code; a code the migration's check would refuse never reaches here. */
    static MinutesLanguage stored(String code) {
        return ofCode(code).orElseThrow(() -> new IllegalStateException("Unknown stored language " + code));
    }
}
