package org.dialogue.meetings.domain.shared;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bean Validation failed on a record about to be saved. Carries each violation as a field and a message so the form
 * can show them where they belong, with the message's template and the constraint's attributes so that the web tier
 * can write it again in the reader's language ({@link Violation#localizedMessage(Locale)}): the services run in the
 * server's language.
 */
public class InvalidInputException extends BusinessRuleException {

    /** Bean Validation's bundle of our own constraint messages ({@code ValidationMessages_fr.properties}...). */
    public static final String VALIDATION_BUNDLE = "ValidationMessages";

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    /**
     * One failed constraint: the property path (for example {@code title} or {@code venue.city}), its message as the
     * server wrote it, the message template ({@code {venue.city.size}}) and the constraint's simple attributes
     * ({@code max=100}).
     */
    public record Violation(String field, String message, String template, Map<String, String> attributes) {

        public Violation {
            attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        }

        public Violation(String field, String message) {
            this(field, message, null, Map.of());
        }

        /**
         * The message in the reader's language: the template's key read from {@value #VALIDATION_BUNDLE} in that
         * language, its {@code {max}}-style parameters filled in; the server's message when the template is not one
         * of ours (a constraint's built-in message).
         */
        public String localizedMessage(Locale locale) {
            if (template == null) {
                return message;
            }
            Matcher whole = PARAMETER.matcher(template.strip());
            if (!whole.matches()) {
                return message;
            }
            String text;
            try {
                text = ResourceBundle.getBundle(VALIDATION_BUNDLE, locale, InvalidInputException.class.getClassLoader())
                        .getString(whole.group(1));
            } catch (MissingResourceException e) {
                return message;
            }
            Matcher parameters = PARAMETER.matcher(text);
            StringBuilder filled = new StringBuilder();
            while (parameters.find()) {
                String value = attributes.get(parameters.group(1));
                parameters.appendReplacement(filled, Matcher.quoteReplacement(value == null ? parameters.group()
                        : value));
            }
            parameters.appendTail(filled);
            return filled.toString();
        }
    }

    private final List<Violation> violations;

    public InvalidInputException(Set<? extends ConstraintViolation<?>> violations) {
        super("error.input.invalid", null);
        this.violations = violations.stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage(), v.getMessageTemplate(),
                        simpleAttributes(v)))
                .sorted(java.util.Comparator.comparing(Violation::field))
                .toList();
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " " + violations.stream().map(v -> v.field() + ": " + v.message()).toList();
    }

    /** The attributes a message may show (numbers, words), as text; groups, payloads and the like are left out. */
    private static Map<String, String> simpleAttributes(ConstraintViolation<?> violation) {
        Map<String, String> simple = new LinkedHashMap<>();
        if (violation.getConstraintDescriptor() != null) {
            violation.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
                if (value instanceof Number || value instanceof CharSequence || value instanceof Boolean) {
                    simple.put(name, String.valueOf(value));
                }
            });
        }
        return simple;
    }
}
