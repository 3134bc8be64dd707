package org.dialogue.meetings.application;

import java.io.Serializable;
import org.dialogue.meetings.domain.account.Role;

/**
 * The answer to a sign-in. A refusal says nothing about why: a wrong password, an unknown or disabled user and a
 * locked name all look the same to the person signing in (the audit trail has the reason).
 *
 * @param accepted           whether the user is now signed in
 * @param username           the account's name (as stored) when accepted
 * @param role               the account's role when accepted
 * @param mustChangePassword the password was given by someone else and must be replaced before anything else
 */
public record SignInResult(boolean accepted, String username, Role role, boolean mustChangePassword)
        implements Serializable {

    public static SignInResult refused() {
        return new SignInResult(false, null, null, false);
    }
}
