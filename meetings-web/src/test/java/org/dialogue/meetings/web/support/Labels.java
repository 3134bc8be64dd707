package org.dialogue.meetings.web.support;

import java.util.Locale;
import java.util.ResourceBundle;
import org.dialogue.meetings.domain.shared.LocalFormats;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The page labels as a reader of one language sees them, read from the application's own bundle: tests that run in
 * several languages compare the page with these, never with English text written into the test.
 */
public final class Labels {

    private final Locale locale;
    private final ResourceBundle bundle;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale, Labels.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The labels of a language ("en", "fr", "es", "ar"). */
    public static Labels of(String language) {
        return new Labels(Locale.forLanguageTag(language));
    }

    /** The labels of the language the page in the browser is written in (its {@code <html lang>}). */
    public static Labels of(WebDriver driver) {
        String language = driver.findElement(By.tagName("html")).getAttribute("lang");
        return of(language == null || language.isBlank() ? "en" : language);
    }

    public Locale locale() {
        return locale;
    }

    /** The label as the bundle has it. */
    public String text(String key) {
        return bundle.getString(key);
    }

    /** The message with its arguments, formatted as the application formats it (Latin digits in every language). */
    public String format(String key, Object... arguments) {
        return LocalFormats.message(bundle.getString(key), locale, arguments);
    }

    /** The label's fixed text before its first argument: for "contains" checks of messages with data in them. */
    public String prefix(String key) {
        String pattern = bundle.getString(key);
        int argument = pattern.indexOf('{');
        return (argument < 0 ? pattern : pattern.substring(0, argument)).strip();
    }
}
