package org.dialogue.meetings.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.dialogue.meetings.domain.shared.InvalidInputException.Violation;
import org.junit.jupiter.api.Test;

/** A violation is written again in the reader's language from its template and the constraint's attributes. */
class InvalidInputMessagesTest {

    @Test
    void theTemplateIsReadFromTheBundleAndItsParametersFilledIn() {
        Violation violation = new Violation("venue.city", "server's words", "{venue.city.size}", Map.of("max", "100"));

        assertThat(violation.localizedMessage(Locale.ENGLISH)).isEqualTo("The city can have at most 100 characters.");
        assertThat(violation.localizedMessage(Locale.forLanguageTag("ar")))
                .doesNotContain("{max}").contains("100").isNotEqualTo("server's words");
    }

    @Test
    void aMessageThatIsNotOneOfOursStaysAsTheServerWroteIt() {
        assertThat(new Violation("title", "must not be null", "{jakarta.validation.constraints.NotNull.message}",
                Map.of()).localizedMessage(Locale.FRENCH)).isEqualTo("must not be null");
        assertThat(new Violation("title", "typed in the annotation", "typed in the annotation", Map.of())
                .localizedMessage(Locale.FRENCH)).isEqualTo("typed in the annotation");
        assertThat(new Violation("title", "without template").localizedMessage(Locale.FRENCH))
                .isEqualTo("without template");
    }

    @Test
    void anEnglishReaderGetsEnglishWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es"));
            java.util.ResourceBundle.clearCache(InvalidInputException.class.getClassLoader());
            assertThat(new Violation("venue.city", "x", "{venue.city.required}", Map.of())
                    .localizedMessage(Locale.ENGLISH)).isEqualTo("Enter the city of the venue.");
        } finally {
            Locale.setDefault(before);
            java.util.ResourceBundle.clearCache(InvalidInputException.class.getClassLoader());
        }
    }
}
