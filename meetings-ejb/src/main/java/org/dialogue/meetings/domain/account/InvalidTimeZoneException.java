package org.dialogue.meetings.domain.account;

import org.dialogue.meetings.domain.shared.BusinessRuleException;

/** A time zone that is not an IANA region (such as "Europe/Paris") or UTC. */
public class InvalidTimeZoneException extends BusinessRuleException {
    public InvalidTimeZoneException(String id) {
        super("error.account.invalidTimeZone", "timeZone", id);
    }
}
