package org.dialogue.meetings.domain.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.dialogue.meetings.domain.shared.BusinessRuleException;
import org.dialogue.meetings.domain.shared.LocalFormats;

/**
 * A person still referenced elsewhere cannot be removed: the message says where (the meetings they take part in or are
 * invited to, the user account linked to them), naming only the meetings the remover may see.
 */
public class PersonInUseException extends BusinessRuleException {

    /**
     * @param person        the person's name
     * @param takesPartIn   titles of the visible meetings the person takes part in
     * @param invitedTo     titles of the visible meetings the person is invited to
     * @param hiddenCount   meetings of either kind the remover may not see
     * @param account       the user name of the linked account, or {@code null}
     */
    public PersonInUseException(String person, List<String> takesPartIn, List<String> invitedTo, int hiddenCount,
            String account) {
        super("error.person.inUse", null, person, List.copyOf(takesPartIn), List.copyOf(invitedTo), hiddenCount,
                account == null ? "" : account);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Object[] localizedArguments(ResourceBundle bundle) {
        Object[] arguments = arguments();
        List<String> places = new ArrayList<>();
        List<String> takesPartIn = (List<String>) arguments[1];
        List<String> invitedTo = (List<String>) arguments[2];
        int hidden = (Integer) arguments[3];
        String account = (String) arguments[4];
        if (!takesPartIn.isEmpty()) {
            places.add(bundle.getString("person.inUse.participant") + " " + quoted(takesPartIn));
        }
        if (!invitedTo.isEmpty()) {
            places.add(bundle.getString("person.inUse.invited") + " " + quoted(invitedTo));
        }
        if (hidden > 0) {
            places.add(LocalFormats.message(bundle.getString("person.inUse.hidden"), bundle.getLocale(), hidden));
        }
        if (!account.isEmpty()) {
            places.add(LocalFormats.message(bundle.getString("person.inUse.account"), bundle.getLocale(), account));
        }
        return new Object[] {arguments[0], String.join("; ", places)};
    }

    private static String quoted(List<String> titles) {
        return String.join(", ", titles.stream().map(t -> "\u201c" + t + "\u201d").toList());
    }
}
