package org.dialogue.meetings.domain.shared;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How dates, times and numbers are written for a language, the same on the pages, in the mails and in the PDF. Dates
 * follow the language's own convention (java.time's localized formats, never a pattern of our own: Spanish writes
 * "martes, 12 de octubre de 2027"); times are on a 24-hour clock in every language. Digits are Latin in every language:
 * java.time writes dates and times in Latin digits, while MessageFormat and NumberFormat would write the numbers of
 * an Arabic message in Arabic-Indic digits ("٤٥ دقيقة" beside "10:00"), so every format's locale asks for Latin digits.
 */
public final class LocalFormats {

    /** "09:30": the venue's clock as meetings announce it, in every language. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private LocalFormats() {
    }

    /** The locale to format with: the language's own, with Latin digits ("ar" gives "ar-u-nu-latn"). */
    public static Locale latinDigits(Locale locale) {
        return new Locale.Builder().setLocale(locale == null ? Locale.ENGLISH : locale)
                .setUnicodeLocaleKeyword("nu", "latn").build();
    }

    /** A day in full: "Tuesday, October 12, 2027", "mardi 12 octobre 2027", "martes, 12 de octubre de 2027". */
    public static DateTimeFormatter fullDate(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).localizedBy(latinDigits(locale));
    }

    /** A short date: "Oct 12, 2027", "12 oct. 2027", "12 oct 2027". */
    public static DateTimeFormatter mediumDate(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).localizedBy(latinDigits(locale));
    }

    /** A message of a bundle with its {0}, {1}... filled in, numbers in Latin digits. */
    public static String message(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern, latinDigits(locale)).format(arguments);
    }
}
