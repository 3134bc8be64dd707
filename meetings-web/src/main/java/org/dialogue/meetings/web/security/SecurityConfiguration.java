package org.dialogue.meetings.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.dialogue.meetings.domain.account.Roles;

/**
 * The security roles, declared once so that {@code request.isUserInRole} knows them as well as the EJB container
 * does. Sign-in itself: {@link FormSignInMechanism}, {@link AccountIdentityStore}, {@link SignInView} and
 * {@link SignInFilter}.
 */
@ApplicationScoped
@DeclareRoles({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class SecurityConfiguration {
}
