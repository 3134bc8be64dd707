package org.dialogue.meetings.testing;

import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Test only: the service beans of the application, found by reflection rather than listed by hand, so that a new
 * service or a new public method is checked without anyone remembering to add it: the {@code @Stateless} classes of
 * {@value #PACKAGE} and their public business methods.
 */
public final class ServiceClasses {

    public static final String PACKAGE = "org.dialogue.meetings.application";
    /** Written into the test deployment by {@code ServiceDeployment}: the classes of the package it contains. */
    public static final String LIST_RESOURCE = "test-deployment/service-classes.txt";

    private ServiceClasses() {
    }

    /** The names of the package's top-level classes under a classes folder such as {@code target/classes}. */
    public static List<String> namesUnder(Path classesRoot) {
        Path folder = classesRoot.resolve(PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$")
                            && !name.equals("package-info.class"))
                    .map(name -> PACKAGE + "." + name.substring(0, name.length() - ".class".length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inside the container: the names of the package's classes that the deployment holds. */
    public static List<String> namesInDeployment() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream list = Objects.requireNonNull(loader.getResourceAsStream(LIST_RESOURCE), LIST_RESOURCE)) {
            return new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code @Stateless} classes among the named ones, in name order. */
    public static List<Class<?>> stateless(Collection<String> names) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return names.stream().map(name -> load(name, loader))
                .filter(type -> type.isAnnotationPresent(Stateless.class))
                .sorted(Comparator.comparing(Class::getName)).collect(Collectors.toList());
    }

    /** The business methods a client can call: public, not static, declared by the bean class itself. */
    public static List<Method> publicMethods(Class<?> bean) {
        return Arrays.stream(bean.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic() && !m.isBridge())
                .sorted(Comparator.comparing(ServiceClasses::signature)).toList();
    }

    /** "MeetingService.find(long)": the class's simple name, the method name and its parameter types. */
    public static String signature(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ")";
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
