package org.dialogue.meetings.application;

import org.dialogue.meetings.domain.account.UserAccount;

/** A one-time password just given to an account: shown once to the administrator, never stored in clear. */
public record IssuedPassword(UserAccount account, String password) {

    @Override
    public String toString() {
        return "IssuedPassword[" + account + "]"; // never the password, should this reach a log
    }
}
