package org.dialogue.meetings.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dialogue.meetings.web.account.UserEditView;
import org.junit.jupiter.api.Test;

/**
 * Without a container: everything a session keeps can travel to another instance of a cluster (the web module is
 * {@code <distributable/>}). Every view- and session-scoped bean is Serializable, and so is every field it holds,
 * followed into the application's own types (records, entities, nested classes) and into collections' element types;
 * injected fields are the container's proxies, which are. A field that cannot travel is named; the fix is to make its
 * type Serializable, or to mark it {@code transient} and rebuild it.
 */
class SessionContentsAreSerializableTest {

    private static final String OWN_PACKAGES = "org.dialogue.";

    @Test
    void everyViewAndSessionScopedBeanHoldsOnlySerializableState() throws IOException, URISyntaxException {
        List<Class<?>> beans = webClasses().stream().filter(type -> type.isAnnotationPresent(ViewScoped.class)
                || type.isAnnotationPresent(SessionScoped.class)).toList();
        assertThat(beans).extracting(Class::getSimpleName).contains("MinutesView", "MeetingView", "UserEditView");
        List<String> problems = new ArrayList<>();
        Set<Class<?>> checked = new HashSet<>();
        for (Class<?> bean : beans) {
            checkClass(bean, bean.getName(), checked, problems);
        }
        checkClass(SignedInCaller.class, "the signed-in caller", checked, problems);
        assertThat(problems).as("state kept in sessions that cannot be serialized").isEmpty();
    }

    @Test
    void theSignedInCallerItselfSurvivesSerialization() throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(new SignedInCaller("secretariat-1", Set.of("SECRETARIAT")));
        }
    }

    private static void checkClass(Class<?> type, String path, Set<Class<?>> checked, List<String> problems) {
        if (!checked.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        for (Class<?> level = type; level != null && level.getName().startsWith(OWN_PACKAGES);
                level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), checked, problems);
            }
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> checked, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, checked, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", checked, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", checked, problems);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, checked, problems);
            }
        } else if (type instanceof Class<?> plain) {
            checkPlainClass(plain, path, checked, problems);
        }
    }

    private static void checkPlainClass(Class<?> type, String path, Set<Class<?>> checked, List<String> problems) {
        if (type.isPrimitive() || type.isEnum() || type == Object.class) {
            return;
        }
        if (type.isArray()) {
            checkPlainClass(type.getComponentType(), path + "[]", checked, problems);
        } else if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            // The interfaces say nothing; the implementations the beans use (ArrayList, HashMap, List.of...) are
            // Serializable, and the element types are checked through the type arguments.
            return;
        } else if (type == Optional.class) {
            problems.add(path + ": java.util.Optional is not Serializable");
        } else if (type.getName().startsWith(OWN_PACKAGES)) {
            if (type.isInterface()) {
                if (!Serializable.class.isAssignableFrom(type)) {
                    problems.add(path + ": interface " + type.getName() + " does not extend Serializable");
                }
                return;
            }
            checkClass(type, path, checked, problems);
        } else if (!type.isInterface() && !Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
        }
    }

    /** Every class compiled from {@code src/main/java} of this module. */
    private static List<Class<?>> webClasses() throws IOException, URISyntaxException {
        Path root = Path.of(UserEditView.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ClassLoader loader = UserEditView.class.getClassLoader();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString())
                    .filter(name -> !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .sorted().<Class<?>>map(name -> {
                        try {
                            return Class.forName(name, false, loader);
                        } catch (ClassNotFoundException e) {
                            throw new IllegalStateException(name, e);
                        }
                    }).toList();
        }
    }
}
