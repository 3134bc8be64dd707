package org.dialogue.meetings.domain.shared;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;

/**
 * Bean Validation failed on a record about to be saved. Carries each violation as a field and a message so the form
 * can show them where they belong.
 */
public class InvalidInputException extends BusinessRuleException {

    /** One failed constraint: the property path (for example {@code title} or {@code venue.city}) and its message. */
    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public InvalidInputException(Set<? extends ConstraintViolation<?>> violations) {
        super("error.input.invalid", null);
        this.violations = violations.stream()
                .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Violation::field))
                .toList();
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " " + violations;
    }
}
