package org.dialogue.meetings.domain.minutes;

import java.util.ResourceBundle;
import org.dialogue.meetings.domain.shared.BusinessRuleException;

/**
 * A rule of the minutes' languages and their translations, named by its message key; each factory method below is one
 * rule. A language in the arguments is shown by its name in the reader's language.
 */
public class TranslationRuleException extends BusinessRuleException {

    private TranslationRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }

    /** Minutes are written in one of the four languages, and a translation is into one of them. */
    public static TranslationRuleException languageRequired() {
        return new TranslationRuleException("error.translation.languageRequired", "language");
    }

    /** The minutes' language cannot become one they are already translated into: remove that translation first. */
    public static TranslationRuleException translationInNewLanguage(MinutesLanguage language) {
        return new TranslationRuleException("error.translation.translationInNewLanguage", "language", language);
    }

    /** A translation is into another language than the minutes' own. */
    public static TranslationRuleException sameLanguageAsMinutes(MinutesLanguage language) {
        return new TranslationRuleException("error.translation.sameLanguageAsMinutes", "language", language);
    }

    /** At most one translation per language: the one there is gets edited. */
    public static TranslationRuleException duplicate(MinutesLanguage language) {
        return new TranslationRuleException("error.translation.duplicate", "language", language);
    }

    public static TranslationRuleException textRequired() {
        return new TranslationRuleException("error.translation.textRequired", "text");
    }

    public static TranslationRuleException tooLong(int max) {
        return new TranslationRuleException("error.translation.tooLong", "text", max);
    }

    /** A verified translation is not changed behind the verifier's back: it is reopened as a draft first. */
    public static TranslationRuleException verifiedUnchangeable(MinutesLanguage language) {
        return new TranslationRuleException("error.translation.verifiedUnchangeable", null, language);
    }

    public static TranslationRuleException alreadyVerified(MinutesLanguage language) {
        return new TranslationRuleException("error.translation.alreadyVerified", null, language);
    }

    /** Only a verified translation is reopened as a draft. */
    public static TranslationRuleException notVerified(MinutesLanguage language) {
        return new TranslationRuleException("error.translation.notVerified", null, language);
    }

    @Override
    protected Object[] localizedArguments(ResourceBundle bundle) {
        Object[] arguments = arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof MinutesLanguage language) {
                String key = "translation.language." + language.getCode();
                arguments[i] = bundle.containsKey(key) ? bundle.getString(key) : language.getCode();
            }
        }
        return arguments;
    }
}
