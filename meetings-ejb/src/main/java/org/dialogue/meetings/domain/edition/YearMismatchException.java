package org.dialogue.meetings.domain.edition;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** The year of an edition, when given with dates, must be the year the edition starts. */
public class YearMismatchException extends BusinessRuleException {
    public YearMismatchException(int year, int startYear) {
        super("error.edition.yearMismatch", "year", year, startYear);
    }
}
