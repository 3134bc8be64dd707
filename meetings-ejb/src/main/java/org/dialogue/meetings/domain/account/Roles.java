package org.dialogue.meetings.domain.account;

/** The role names as compile-time constants, for {@code @RolesAllowed} and {@code @DeclareRoles}. */
public final class Roles {

    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String SECRETARIAT = "SECRETARIAT";
    public static final String DELEGATE = "DELEGATE";
    public static final String OBSERVER = "OBSERVER";

    private Roles() {
    }
}
