package org.dialogue.meetings.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.testing.ServiceClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Without a container: no {@code @Stateless} service of the application (the beans the web module calls) hands out a
 * {@link UserAccount} entity, which holds the password hash. A public method's return type is checked with its
 * generic arguments and, for records, their components (an {@code Optional<IssuedPassword>} is looked into down to
 * the account it carries), and so are the fields of an entity handed out (a meeting's access list holds
 * {@code AccountName}s, never accounts). The pages get {@link AccountSummary} records instead.
 */
class NoAccountEntityLeavesTheServicesTest {

    private static List<Class<?>> services;

    @BeforeAll
    static void findServices() throws URISyntaxException {
        Path classes = Path.of(AccountService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        services = ServiceClasses.stateless(ServiceClasses.namesUnder(classes));
    }

    @Test
    void noPublicServiceMethodReturnsAnAccountEntityEvenInsideAListAnOptionalOrARecord() {
        assertThat(services).extracting(Class::getSimpleName).contains("AccountService", "MeetingService",
                "PersonService", "CalendarService");
        List<String> leaks = new ArrayList<>();
        for (Class<?> service : services) {
            for (Method method : ServiceClasses.publicMethods(service)) {
                if (mentionsAccount(method.getGenericReturnType(), new HashSet<>())) {
                    leaks.add(ServiceClasses.signature(method) + " returns " + method.getGenericReturnType()
                            .getTypeName());
                }
            }
        }
        assertThat(leaks).as("service methods that hand a UserAccount entity (with its password hash) to their"
                + " callers: return an AccountSummary instead").isEmpty();
    }

    @Test
    void theCheckFindsAnAccountHiddenInGenericArgumentsArraysAndRecordComponents() {
        assertThat(leaks(Samples.class)).containsExactlyInAnyOrder("account", "accounts", "maybe", "byName",
                "array", "wrapped", "wildcard", "entity");
        assertThat(mentionsAccount(org.dialogue.meetings.domain.meeting.Meeting.class, new HashSet<>())).isFalse();
        assertThat(mentionsAccount(AccountSummary.class, new HashSet<>())).isFalse();
        assertThat(mentionsAccount(IssuedPassword.class, new HashSet<>())).isFalse();
    }

    private static List<String> leaks(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (mentionsAccount(method.getGenericReturnType(), new HashSet<>())) {
                names.add(method.getName());
            }
        }
        return names;
    }

    /** Whether the type is, or carries, a {@link UserAccount}; each record is looked into once. */
    private static boolean mentionsAccount(Type type, Set<Class<?>> recordsSeen) {
        if (type instanceof Class<?> plain) {
            if (UserAccount.class.isAssignableFrom(plain)) {
                return true;
            }
            if (plain.isArray()) {
                return mentionsAccount(plain.getComponentType(), recordsSeen);
            }
            if (plain.isRecord() && recordsSeen.add(plain)) {
                for (RecordComponent component : plain.getRecordComponents()) {
                    if (mentionsAccount(component.getGenericType(), recordsSeen)) {
                        return true;
                    }
                }
            }
            // An entity handed out carries what it maps (a meeting its access list): its fields are looked into too.
            if ((plain.isAnnotationPresent(jakarta.persistence.Entity.class) || plain.isAnnotationPresent(
                    LooksLikeAnEntity.class)) && recordsSeen.add(plain)) {
                for (java.lang.reflect.Field field : plain.getDeclaredFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())
                            && mentionsAccount(field.getGenericType(), recordsSeen)) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (type instanceof ParameterizedType parameterized) {
            if (mentionsAccount(parameterized.getRawType(), recordsSeen)) {
                return true;
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (mentionsAccount(argument, recordsSeen)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof GenericArrayType array) {
            return mentionsAccount(array.getGenericComponentType(), recordsSeen);
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                if (mentionsAccount(bound, recordsSeen)) {
                    return true;
                }
            }
            for (Type bound : wildcard.getLowerBounds()) {
                if (mentionsAccount(bound, recordsSeen)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                if (mentionsAccount(bound, recordsSeen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Return types the check must see through (and two it must let pass). */
    @SuppressWarnings("unused")
    /** Checked as an {@code @Entity} is. */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    private @interface LooksLikeAnEntity {
    }

    private interface Samples {

        record Wrapper(String label, List<UserAccount> accounts) {
        }

        /**
         * An entity that maps accounts, as the meeting's access list once did (marked for the check alone: a real
         * {@code @Entity} here would join the test deployment's persistence unit).
         */
        @LooksLikeAnEntity
        class ListingEntity {
            private java.util.Set<UserAccount> listed;
        }

        ListingEntity entity();

        UserAccount account();

        List<UserAccount> accounts();

        Optional<UserAccount> maybe();

        Map<String, UserAccount> byName();

        UserAccount[] array();

        Optional<Wrapper> wrapped();

        List<? extends UserAccount> wildcard();

        List<AccountSummary> summaries();

        IssuedPassword issued();
    }
}
