package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.interceptor.Interceptors;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dialogue.meetings.domain.account.Roles;
import org.dialogue.meetings.testing.ServiceClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Without a container: every public method of every {@code @Stateless} service says who may call it, so a service
 * method added without a rule fails the build before any container test runs. The container test
 * {@code AccessMatrixIT} then checks that each rule is the intended one.
 */
class ServiceSecurityRulesTest {

    private static final Set<String> ROLES = Set.of(Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE,
            Roles.OBSERVER);

    private static List<Class<?>> services;

    @BeforeAll
    static void findServices() throws URISyntaxException {
        Path classes = Path.of(AccountService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        services = ServiceClasses.stateless(ServiceClasses.namesUnder(classes));
    }

    @Test
    void theServicesAreFoundByReflection() {
        assertThat(services).extracting(Class::getSimpleName).contains("AccountService", "AgreementService",
                "AuditService", "EditionService", "MeetingService", "OrganisationService");
    }

    @Test
    void everyPublicServiceMethodCarriesRolesAllowedOrPermitAllOnItselfOrItsClass() {
        List<String> withoutRule = new ArrayList<>();
        for (Class<?> service : services) {
            for (Method method : ServiceClasses.publicMethods(service)) {
                if (!hasRule(method) && !hasRule(service)) {
                    withoutRule.add(ServiceClasses.signature(method));
                }
            }
        }
        assertThat(withoutRule).as("public service methods without @RolesAllowed or @PermitAll (or @DenyAll) on the"
                + " method or its class: give each its rule, and its line in AccessMatrixIT").isEmpty();
    }

    @Test
    void onlySignInCalendarFeedsTheInvitationReplyLinkAndThePublicKeysAreOpenToEveryone() {
        List<String> open = new ArrayList<>();
        for (Class<?> service : services) {
            assertThat(service.isAnnotationPresent(PermitAll.class)).as(service.getSimpleName()
                    + " opens every method to everyone").isFalse();
            for (Method method : ServiceClasses.publicMethods(service)) {
                if (method.isAnnotationPresent(PermitAll.class)) {
                    open.add(ServiceClasses.signature(method));
                }
            }
        }
        // Signing in; a calendar feed read by a calendar application with the feed's secret token instead; the reply
        // from an invitation e-mail's link, whose signed token is the credential; the public keys that approved
        // minutes are signed with, which anyone holding a record must be able to fetch; the API's check of a personal
        // access token, made before anyone is signed in (the token is the credential).
        assertThat(open).containsExactlyInAnyOrder("AccountService.signIn(String, String)",
                "AccessTokenService.authenticate(String, String)",
                "CalendarService.feed(String)",
                "InvitationService.findByToken(String)",
                "InvitationService.replyByToken(String, InvitationStatus)",
                "SigningKeyService.current()",
                "SigningKeyService.published()",
                "SigningKeyService.find(String)");
    }

    @Test
    void everyRoleNamedInARuleExists() {
        for (Class<?> service : services) {
            assertThat(roles(service)).as(service.getSimpleName()).isSubsetOf(ROLES);
            for (Method method : ServiceClasses.publicMethods(service)) {
                assertThat(roles(method)).as(ServiceClasses.signature(method)).isSubsetOf(ROLES);
                boolean both = method.isAnnotationPresent(RolesAllowed.class)
                        && method.isAnnotationPresent(PermitAll.class);
                assertThat(both).as(ServiceClasses.signature(method) + " has two rules").isFalse();
            }
        }
    }

    @Test
    void everyServiceChecksTheCallersAccountOnEveryCall() throws NoSuchMethodException {
        for (Class<?> service : services) {
            Interceptors interceptors = service.getAnnotation(Interceptors.class);
            assertThat(interceptors == null ? List.of() : List.of(interceptors.value())).as(service.getSimpleName())
                    .contains(CallerAccountCheck.class);
        }
        assertThat(CallerAccountCheck.allowedRoles(MeetingService.class.getMethod("schedule", MeetingDetails.class)))
                .containsExactly(Roles.SECRETARIAT);
        assertThat(CallerAccountCheck.allowedRoles(MeetingService.class.getMethod("find", long.class)))
                .containsExactlyInAnyOrder(Roles.ADMINISTRATOR, Roles.SECRETARIAT, Roles.DELEGATE, Roles.OBSERVER);
    }

    private static boolean hasRule(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    private static List<String> roles(AnnotatedElement element) {
        RolesAllowed rule = element.getAnnotation(RolesAllowed.class);
        return rule == null ? List.of() : Arrays.asList(rule.value());
    }
}
