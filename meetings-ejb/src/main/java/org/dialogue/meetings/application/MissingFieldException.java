package org.dialogue.meetings.application;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** A required field the form left empty, found before a domain object could be built from the input. */
public class MissingFieldException extends BusinessRuleException {
    public MissingFieldException(String field) {
        super("error.input.missing." + field, field);
    }
}
