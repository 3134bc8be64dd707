package org.dialogue.meetings.domain.edition;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** Edition numbers identify editions: two editions cannot share one. */
public class DuplicateEditionNumberException extends BusinessRuleException {
    public DuplicateEditionNumberException(int number) {
        super("error.edition.duplicateNumber", "number", number);
    }
}
