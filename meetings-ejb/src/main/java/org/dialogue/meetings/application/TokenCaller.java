package org.dialogue.meetings.application;

import org.dialogue.meetings.domain.account.AccessTokenScope;
import org.dialogue.meetings.domain.account.Role;

/**
 * Who a valid personal access token speaks for, as the sign-in mechanism hands it to the container: the account's user
 * name and role (its one group, as at sign-in with a password) and what the token may do.
 *
 * @param tokenName the name its owner gave the token, for the audit trail
 */
public record TokenCaller(String username, Role role, AccessTokenScope scope, long tokenId, String tokenName) {
}
