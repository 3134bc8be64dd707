package org.dialogue.meetings.web.security;

import jakarta.enterprise.context.RequestScoped;
import org.dialogue.meetings.application.SignInResult;

/** What the identity store learnt while checking the password, for the sign-in page of the same request. */
@RequestScoped
public class SignInOutcome {

    private SignInResult result = SignInResult.refused();

    public SignInResult get() {
        return result;
    }

    void set(SignInResult result) {
        this.result = result;
    }
}
