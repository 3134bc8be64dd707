package org.dialogue.meetings.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A broken business rule. Each subclass names one rule; the message comes from the {@value #BUNDLE} bundle so that the
 * web layer can show it in the reader's language, next to the field named by {@link #field()} when there is one.
 * Marked as an application exception so the EJB container rolls back and hands it to the caller unwrapped.
 */
@ApplicationException(rollback = true)
public abstract class BusinessRuleException extends RuntimeException {

    public static final String BUNDLE = "org.dialogue.meetings.domain.shared.BusinessMessages";

    private final String messageKey;
    private final String field;
    private final Object[] arguments;

    protected BusinessRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the rule concerns (a property name of the command), if the rule is about one field. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The message in the given language, falling back to English. */
    public String localizedMessage(Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, BusinessRuleException.class.getClassLoader());
            return LocalFormats.message(bundle.getString(messageKey), locale, localizedArguments(bundle));
        } catch (MissingResourceException e) {
            return messageKey + " " + Arrays.toString(arguments);
        }
    }

    /** The arguments as the message shows them; subclasses translate those that are words, not data. */
    protected Object[] localizedArguments(ResourceBundle bundle) {
        return arguments.clone();
    }

    /** The name of a kind of record ("Meeting") in the bundle's language ("meeting"), or the name itself. */
    protected static String recordName(ResourceBundle bundle, Object recordKind) {
        String key = "record." + recordKind;
        return bundle.containsKey(key) ? bundle.getString(key) : String.valueOf(recordKind);
    }

    @Override
    public String getMessage() {
        return localizedMessage(Locale.ENGLISH);
    }
}
