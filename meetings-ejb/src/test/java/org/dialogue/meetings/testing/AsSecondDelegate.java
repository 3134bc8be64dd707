package org.dialogue.meetings.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.dialogue.meetings.domain.account.Roles;

/** Test only: runs work as a second delegate, of another organisation (see {@link RoleWrapper} and {@link TestUsers}). */
@Stateless
@PermitAll
@RunAs(Roles.DELEGATE)
public class AsSecondDelegate extends RoleWrapper {
}
