package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PDF's headings and labels exist in French, Spanish and Arabic for every English key, with the same
 * placeholders, and are translated: a value left in English fails, but for the few words the languages share.
 */
class PdfMessagesTest {

    private static final String FOLDER = "/org/dialogue/meetings/application/pdf/";
    /** Words that are the same in English and in that language. */
    private static final Set<String> SAME_WORDS = Set.of("fr:pdf.round.organisation", "fr:pdf.actions.action",
            "fr:pdf.attendance.ABSENT");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ar"})
    void everyKeyIsTranslatedWithItsPlaceholders(String language) throws IOException {
        Properties english = read("PdfMessages.properties");
        Properties translated = read("PdfMessages_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).as("keys of PdfMessages_" + language)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String value = translated.getProperty(key);
            assertThat(value).as(language + ": " + key).isNotBlank();
            assertThat(placeholders(value)).as(language + ": placeholders of " + key)
                    .isEqualTo(placeholders(english.getProperty(key)));
            if (!SAME_WORDS.contains(language + ":" + key) && english.getProperty(key).matches(".*[A-Za-z]{3}.*")) {
                assertThat(value).as(language + ": " + key + " left in English").isNotEqualTo(english.getProperty(key));
            }
        }
        if ("ar".equals(language)) {
            assertThat(translated.getProperty("pdf.minutes")).matches(".*\\p{IsArabic}.*");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PdfMessages_en.properties", "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf",
            "fonts/DejaVu-LICENSE.txt"})
    void theFontsShipWithTheirLicence(String file) throws IOException {
        try (InputStream in = PdfMessagesTest.class.getResourceAsStream(FOLDER + file)) {
            assertThat(in).as(file).isNotNull();
            if (file.endsWith("LICENSE.txt")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("Bitstream Vera",
                        "Permission is hereby granted", "DejaVu changes are in public domain");
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\d+}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties read(String name) throws IOException {
        try (InputStream in = PdfMessagesTest.class.getResourceAsStream(FOLDER + name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
