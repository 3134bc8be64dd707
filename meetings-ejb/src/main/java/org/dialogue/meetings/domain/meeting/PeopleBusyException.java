package org.dialogue.meetings.domain.meeting;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.dialogue.meetings.domain.shared.BusinessRuleException;
import org.dialogue.meetings.domain.shared.LocalFormats;
import org.dialogue.meetings.domain.shared.SlotText;

/**
 * A warning rather than a rule: people of the meeting also take part in other scheduled meetings at overlapping
 * times. Nothing is saved; the organiser reads the conflicts and may save again with the confirmation, which accepts
 * them.
 */
public class PeopleBusyException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final List<PersonConflict> conflicts;

    public PeopleBusyException(List<PersonConflict> conflicts) {
        super("error.meeting.peopleBusy", null, conflicts.size());
        this.conflicts = List.copyOf(conflicts);
    }

    public List<PersonConflict> conflicts() {
        return conflicts;
    }

    /** One conflict: "Amina Haddad (AFRIPOL) takes part in both "A" and "B" (4 Mar 2030, 09:00 – 17:00 CET).". */
    public static String describe(PersonConflict conflict, Locale locale) {
        return LocalFormats.message(bundle(locale).getString("warning.meeting.personBusy"), locale,
                conflict.personName(), conflict.organisation(), conflict.meetingTitle(), conflict.otherTitle(),
                SlotText.of(conflict.otherStart(), conflict.otherEnd(), conflict.otherZone(), locale));
    }

    /** The count, then each conflict. */
    @Override
    public String localizedMessage(Locale locale) {
        return LocalFormats.message(bundle(locale).getString(messageKey()), locale, conflicts.size(),
                conflicts.stream().map(c -> describe(c, locale)).collect(Collectors.joining(" ")));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, PeopleBusyException.class.getClassLoader());
    }
}
