package org.dialogue.meetings.domain.shared;

/** A record asked for by id that does not exist (deleted meanwhile, or a mistyped link). */
public class RecordNotFoundException extends BusinessRuleException {
    public RecordNotFoundException(String recordKind, Object id) {
        super("error.record.notFound", null, recordKind, String.valueOf(id));
    }

    @Override
    protected Object[] localizedArguments(java.util.ResourceBundle bundle) {
        Object[] arguments = arguments();
        arguments[0] = recordName(bundle, arguments[0]);
        return arguments;
    }
}
