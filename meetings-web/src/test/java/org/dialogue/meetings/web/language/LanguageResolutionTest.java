package org.dialogue.meetings.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageResolutionTest {

    @Test
    void theSavedChoiceComesFirst() {
        assertThat(LanguageResolution.resolve(Optional.of("ar"), "fr", "es")).isEqualTo("ar");
    }

    @Test
    void thenTheCookie() {
        assertThat(LanguageResolution.resolve(Optional.empty(), "es", "fr-FR,fr;q=0.9")).isEqualTo("es");
    }

    @Test
    void thenTheBrowsersLanguages() {
        assertThat(LanguageResolution.resolve(Optional.empty(), null, "fr-CH, fr;q=0.9, en;q=0.8")).isEqualTo("fr");
    }

    @Test
    void englishWhenNothingElseApplies() {
        assertThat(LanguageResolution.resolve(Optional.empty(), null, null)).isEqualTo("en");
        assertThat(LanguageResolution.resolve(Optional.empty(), null, "de-DE, ja;q=0.5, *;q=0.1")).isEqualTo("en");
    }

    @Test
    void anUnknownSavedValueOrCookieIsPassedOver() {
        assertThat(LanguageResolution.resolve(Optional.of("de"), "xx", "es-MX")).isEqualTo("es");
        assertThat(LanguageResolution.resolve(Optional.empty(), "FR", "ar")).isEqualTo("ar");
        assertThat(LanguageResolution.resolve(Optional.empty(), "<script>", null)).isEqualTo("en");
    }

    @Test
    void theBrowsersLanguagesAreTakenInTheOrderOfTheirWeights() {
        assertThat(LanguageResolution.fromAcceptLanguage("de;q=0.9, es;q=0.5, ar;q=0.7")).contains("ar");
        assertThat(LanguageResolution.fromAcceptLanguage("de, es, fr")).contains("es");
        assertThat(LanguageResolution.fromAcceptLanguage("ar-EG")).contains("ar");
    }

    @Test
    void aLanguageRefusedWithWeightZeroOrAMalformedHeaderIsIgnored() {
        assertThat(LanguageResolution.fromAcceptLanguage("fr;q=0, de")).isEmpty();
        assertThat(LanguageResolution.fromAcceptLanguage("fr;q=abc")).isEmpty();
        assertThat(LanguageResolution.fromAcceptLanguage("   ")).isEmpty();
    }
}
