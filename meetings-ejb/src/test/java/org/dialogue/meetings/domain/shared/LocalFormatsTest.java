package org.dialogue.meetings.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates in each language's own words and order, and Latin digits in every language, Arabic included. */
class LocalFormatsTest {

    private static final LocalDate DAY = LocalDate.of(2027, 10, 12);
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @Test
    void aFullDateIsWrittenAsEachLanguageWritesIt() {
        assertThat(LocalFormats.fullDate(SPANISH).format(DAY)).isEqualTo("martes, 12 de octubre de 2027");
        assertThat(LocalFormats.fullDate(Locale.FRENCH).format(DAY)).isEqualTo("mardi 12 octobre 2027");
        assertThat(LocalFormats.fullDate(Locale.ENGLISH).format(DAY)).isEqualTo("Tuesday, October 12, 2027");
        assertThat(LocalFormats.fullDate(ARABIC).format(DAY)).isEqualTo("الثلاثاء، 12 أكتوبر 2027");
    }

    @Test
    void arabicNumbersDatesAndTimesAreAllInLatinDigits() {
        String message = LocalFormats.message("{0} دقيقة في اجتماع مدته {1,number,#} دقيقة", ARABIC, 45,
                1200);
        String date = LocalFormats.mediumDate(ARABIC).format(DAY);
        String time = LocalFormats.TIME.format(LocalTime.of(10, 30));

        assertThat(message).isEqualTo("45 دقيقة في اجتماع مدته 1200 دقيقة");
        assertThat(date).contains("12").contains("10").contains("2027");
        assertThat(time).isEqualTo("10:30");
        assertThat(message + date + time).as("no Arabic-Indic digit")
                .doesNotContainPattern("[\u0660-\u0669\u06f0-\u06f9]");
    }

    @Test
    void theLocaleKeepsItsLanguage() {
        assertThat(LocalFormats.latinDigits(ARABIC).getLanguage()).isEqualTo("ar");
        assertThat(LocalFormats.latinDigits(ARABIC).toLanguageTag()).isEqualTo("ar-u-nu-latn");
        assertThat(LocalFormats.latinDigits(null).getLanguage()).isEqualTo("en");
    }
}
