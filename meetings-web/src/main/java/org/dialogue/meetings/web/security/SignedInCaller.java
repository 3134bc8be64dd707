package org.dialogue.meetings.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on this HTTP session, and their groups (their role), as {@link FormSignInMechanism} keeps it. A plain
 * record in the session, so that it travels with the session to another instance of a cluster: the container's own
 * record of a sign-in does not (there the user arrived without roles; Payara issue #6342).
 *
 * @param name   the user name
 * @param groups the groups the identity store gave, each the name of a role
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

    static final String SESSION_ATTRIBUTE = "meetings.signedInCaller";

    SignedInCaller {
        groups = Set.copyOf(groups); // an immutable set, Serializable whatever the store handed over
    }
}
