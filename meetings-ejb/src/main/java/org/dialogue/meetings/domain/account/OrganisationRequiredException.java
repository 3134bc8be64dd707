package org.dialogue.meetings.domain.account;

import java.util.ResourceBundle;
import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** Delegates and observers speak for an organisation: their account needs one. */
public class OrganisationRequiredException extends BusinessRuleException {
    public OrganisationRequiredException(Role role) {
        super("error.user.organisationRequired", "organisationId", role.name());
    }

    @Override
    protected Object[] localizedArguments(ResourceBundle bundle) {
        Object[] arguments = arguments();
        String key = "role." + arguments[0];
        arguments[0] = bundle.containsKey(key) ? bundle.getString(key) : arguments[0];
        return arguments;
    }
}
