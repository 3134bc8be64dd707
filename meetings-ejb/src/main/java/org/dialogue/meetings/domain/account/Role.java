package org.dialogue.meetings.domain.account;

/**
 * What a user may do. The names are also the security roles and groups of the platform (see {@link Roles}): Payara
 * maps a group to the role of the same name.
 */
public enum Role {
    /** Users and reference data (organisations, agreements). Reads open meetings only, unless on an access list. */
    ADMINISTRATOR,
    /** Editions, meetings, agendas and participants; reads every meeting. */
    SECRETARIAT,
    /** Belongs to one organisation; reads what it may see and, later, approves minutes for it. */
    DELEGATE,
    /** Belongs to one organisation; reads what it may see, changes nothing. */
    OBSERVER;

    /** Delegates and observers speak for an organisation, so they must belong to one. */
    public boolean needsOrganisation() {
        return this == DELEGATE || this == OBSERVER;
    }
}
