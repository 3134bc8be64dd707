package org.dialogue.meetings.application;

import org.dialogue.meetings.domain.account.Role;

/**
 * The users page's filters; null means any.
 *
 * @param text           part of the user name or full name, any case
 * @param role           only this role
 * @param organisationId only this organisation's users
 * @param enabled        only enabled (true) or disabled (false) accounts
 */
public record UserSearch(String text, Role role, Long organisationId, Boolean enabled) {

    public static UserSearch all() {
        return new UserSearch(null, null, null, null);
    }
}
