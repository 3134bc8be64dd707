package org.dialogue.meetings.testing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.stream.Collectors;
import org.dialogue.meetings.domain.account.Roles;

/** Test only: what an EJB sees of its caller (principal name and roles), to check the run-as mapping. */
@Stateless
@PermitAll
@DeclareRoles({Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER})
public class WhoAmI {

    @Resource
    private SessionContext context;

    /** "principal [roles]", for example "it-secretariat [SECRETARIAT]". */
    public String describe() {
        String roles = List.of(Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER).stream()
                .filter(context::isCallerInRole).collect(Collectors.joining(", "));
        return context.getCallerPrincipal().getName() + " [" + roles + "]";
    }
}
