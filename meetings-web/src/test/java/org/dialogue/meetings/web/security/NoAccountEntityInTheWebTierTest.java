package org.dialogue.meetings.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dialogue.meetings.domain.account.UserAccount;
import org.dialogue.meetings.web.account.UserEditView;
import org.junit.jupiter.api.Test;

/**
 * Without a container: no class of the web module holds, takes or returns a {@link UserAccount} entity (which carries
 * the password hash), not even inside a generic type: pages and beans work with {@code AccountSummary} records. The
 * services' side is checked by {@code NoAccountEntityLeavesTheServicesTest} in the EJB module.
 */
class NoAccountEntityInTheWebTierTest {

    private static final String ENTITY = UserAccount.class.getName();

    @Test
    void noWebClassDeclaresAnAccountEntityInAFieldOrAMethodSignature() throws IOException, URISyntaxException {
        List<Class<?>> classes = webClasses();
        assertThat(classes).extracting(Class::getSimpleName).contains("UserEditView", "ProfileView",
                "MeetingEditView", "DashboardView");
        List<String> found = new ArrayList<>();
        for (Class<?> type : classes) {
            for (Field field : type.getDeclaredFields()) {
                if (mentions(field.getGenericType())) {
                    found.add(type.getName() + "." + field.getName());
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                boolean inSignature = mentions(method.getGenericReturnType());
                for (Type parameter : method.getGenericParameterTypes()) {
                    inSignature |= mentions(parameter);
                }
                if (inSignature) {
                    found.add(type.getName() + "." + method.getName() + "()");
                }
            }
        }
        assertThat(found).as("web fields and methods with a UserAccount entity: use AccountSummary").isEmpty();
    }

    private static boolean mentions(Type type) {
        return type.getTypeName().contains(ENTITY);
    }

    /** Every class compiled from {@code src/main/java} of this module, nested and anonymous ones included. */
    private static List<Class<?>> webClasses() throws IOException, URISyntaxException {
        Path root = Path.of(UserEditView.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ClassLoader loader = UserEditView.class.getClassLoader();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString())
                    .filter(name -> !name.endsWith("package-info.class") && !name.endsWith("module-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted().<Class<?>>map(name -> load(name, loader)).toList();
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
