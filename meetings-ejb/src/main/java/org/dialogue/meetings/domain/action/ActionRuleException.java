package org.dialogue.meetings.domain.action;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** Rules of following up actions. */
public class ActionRuleException extends BusinessRuleException {

    private ActionRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }

    /** A delegate follows up the actions of their own organisation only. */
    public static ActionRuleException notOwner(String owner) {
        return new ActionRuleException("error.action.notOwner", null, owner);
    }

    public static ActionRuleException statusRequired() {
        return new ActionRuleException("error.action.statusRequired", "status");
    }

    /** A change of status says why, so the history explains itself. */
    public static ActionRuleException noteRequired() {
        return new ActionRuleException("error.action.noteRequired", "note");
    }
}
