package org.dialogue.meetings.web.api;

import java.util.List;

/** Parameters of an API request that cannot be used, each with what is wrong with it: answered with 400. */
public class BadParametersException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem.FieldError> errors;

    public BadParametersException(List<Problem.FieldError> errors) {
        super("bad parameters: " + errors.stream().map(Problem.FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
