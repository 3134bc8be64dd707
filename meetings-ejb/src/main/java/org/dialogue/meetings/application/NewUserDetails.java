package org.dialogue.meetings.application;

import org.dialogue.meetings.domain.account.Role;

/** What the administrator's new-user form says. The password is generated, shown once, and changed at sign-in. */
public record NewUserDetails(String username, String fullName, Role role, Long organisationId) {
}
