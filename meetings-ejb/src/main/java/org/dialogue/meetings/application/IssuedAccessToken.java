package org.dialogue.meetings.application;

/** A personal access token just made, with its secret: shown once to its owner, never stored in clear. */
public record IssuedAccessToken(AccessTokenSummary token, String secret) {

    @Override
    public String toString() {
        return "IssuedAccessToken[" + token + "]"; // never the secret, should this reach a log
    }
}
