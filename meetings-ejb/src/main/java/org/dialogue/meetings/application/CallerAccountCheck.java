package org.dialogue.meetings.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.List;
import org.dialogue.meetings.domain.account.Reader;

/**
 * Runs on every service call, after the container's role check: the caller's account, read from the database, must
 * still be enabled and still have a role the method allows. The role a web session holds was fixed at sign-in; this
 * check makes disabling an account, or taking a role away, apply at the user's next request, changes included, instead
 * of at the end of the session (the account is read once per request: {@link CallerOfRequest}). Methods open to everyone ({@code @PermitAll}: signing in) are not checked.
 */
public class CallerAccountCheck {

    @Inject
    private Callers callers;

    @Resource
    private SessionContext context;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        if (!method.isAnnotationPresent(PermitAll.class)) {
            Reader caller = callers.reader(context); // refuses a caller without an enabled account
            if (!allowedRoles(method).contains(caller.role().name())) {
                throw new EJBAccessException("The caller's role no longer allows this");
            }
        }
        return invocation.proceed();
    }

    /** The roles the method allows: its own {@code @RolesAllowed}, else its class's; none when neither says. */
    static List<String> allowedRoles(Method method) {
        RolesAllowed rule = method.getAnnotation(RolesAllowed.class);
        if (rule == null) {
            rule = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return rule == null ? List.of() : List.of(rule.value());
    }
}
