package org.dialogue.meetings.domain.audit;

/** What happened. Record changes name the use case; the others are sign-ins and user administration. */
public enum AuditAction {
    CREATE, UPDATE, CANCEL, STATE_CHANGE, DELETE_PART,
    SIGN_IN, SIGN_IN_FAILED, SIGN_IN_REFUSED, SIGN_OUT,
    USER_CREATE, USER_UPDATE, USER_DISABLE, USER_ENABLE, PASSWORD_RESET, PASSWORD_CHANGE,
    TOKEN_CREATE, TOKEN_REVOKE
}
