package org.dialogue.meetings.application;

/** A one-time password just given to an account: shown once to the administrator, never stored in clear. */
public record IssuedPassword(AccountSummary account, String password) {

    @Override
    public String toString() {
        return "IssuedPassword[" + account + "]"; // never the password, should this reach a log
    }
}
