package org.dialogue.meetings.domain.shared;

/**
 * Someone else saved the record after the reader loaded it. Nothing was saved, so the reader's input is still in the
 * form; they reload to see the other change and apply theirs again.
 */
public class StaleRecordException extends BusinessRuleException {
    public StaleRecordException(String recordKind, Object id) {
        super("error.record.stale", null, recordKind, String.valueOf(id));
    }

    @Override
    protected Object[] localizedArguments(java.util.ResourceBundle bundle) {
        Object[] arguments = arguments();
        arguments[0] = recordName(bundle, arguments[0]);
        return arguments;
    }
}
