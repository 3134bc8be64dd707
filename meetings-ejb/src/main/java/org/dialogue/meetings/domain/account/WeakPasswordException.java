package org.dialogue.meetings.domain.account;

import java.util.List;
import org.dialogue.meetings.domain.shared.BusinessRuleException;

/**
 * A new password breaks the password policy. The message keys name each broken rule (for example
 * {@code error.password.TOO_SHORT}); the first one is the exception's own.
 */
public class WeakPasswordException extends BusinessRuleException {

    private final List<String> brokenRules;

    public WeakPasswordException(String field, List<String> brokenRules, int minimumLength) {
        super("error.password." + brokenRules.get(0), field, minimumLength);
        this.brokenRules = List.copyOf(brokenRules);
    }

    public List<String> brokenRules() {
        return brokenRules;
    }
}
