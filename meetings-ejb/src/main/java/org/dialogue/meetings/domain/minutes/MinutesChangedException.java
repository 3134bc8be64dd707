package org.dialogue.meetings.domain.minutes;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/**
 * An answer given on a page that showed older minutes than the stored ones: the round the page showed is no longer
 * the one under way, so the text under way is one the delegation has not read. Nothing is recorded; the answerer
 * reads the current text and answers again. Each round's text is fixed while it is circulated, so the round number
 * identifies the text an answer is about.
 */
public class MinutesChangedException extends BusinessRuleException {

    private MinutesChangedException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }

    /** The minutes were revised and circulated again (perhaps more than once) since the page showed round {@code shown}. */
    public static MinutesChangedException circulatedAgain(int shown, int current) {
        return new MinutesChangedException("error.minutes.changedSinceShown", shown, current);
    }

    /** The round the page showed was withdrawn for a revision: the minutes are a draft again. */
    public static MinutesChangedException withdrawn(int shown) {
        return new MinutesChangedException("error.minutes.withdrawnSinceShown", shown);
    }
}
