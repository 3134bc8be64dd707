package org.dialogue.meetings.web.security;

import jakarta.servlet.http.HttpSession;

/** The session's mark that the signed-in user must choose a new password before anything else. */
public final class PasswordChange {

    private PasswordChange() {
    }

    public static boolean isRequired(HttpSession session) {
        return session.getAttribute(SignInFilter.MUST_CHANGE_PASSWORD) != null;
    }

    public static void done(HttpSession session) {
        session.removeAttribute(SignInFilter.MUST_CHANGE_PASSWORD);
    }
}
