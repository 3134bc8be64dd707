package org.dialogue.meetings.domain.edition;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** A cancelled edition is kept as history and no longer changed or given new meetings. */
public class EditionCancelledException extends BusinessRuleException {
    public EditionCancelledException(int number) {
        super("error.edition.cancelled", null, number);
    }
}
