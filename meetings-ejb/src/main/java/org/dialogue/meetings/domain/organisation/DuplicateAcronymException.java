package org.dialogue.meetings.domain.organisation;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** Another organisation already uses this acronym. */
public class DuplicateAcronymException extends BusinessRuleException {
    public DuplicateAcronymException(String acronym) {
        super("error.organisation.duplicateAcronym", "acronym", acronym);
    }
}
