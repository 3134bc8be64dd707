package org.dialogue.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.dialogue.meetings.domain.shared.InvalidInputException;

/**
 * Validates an aggregate before it is saved, so that the caller gets every failed constraint as one
 * {@link InvalidInputException} instead of a provider exception at commit time.
 */
@ApplicationScoped
public class InputValidation {

    @Inject
    private Validator validator;

    public <T> T check(T aggregate) {
        Set<ConstraintViolation<T>> violations = validator.validate(aggregate);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return aggregate;
    }
}
