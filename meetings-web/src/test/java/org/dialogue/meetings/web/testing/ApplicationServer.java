package org.dialogue.meetings.web.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.openqa.selenium.WebDriver;

/**
 * The JUnit 5 extension behind {@link ApplicationTest}: one test server ({@link TestServer}) for the whole JUnit run,
 * started by the first class that needs it and stopped when the run ends (it lives in the root context's store,
 * which closes it; a shutdown hook stops it too if the JVM ends otherwise), and one browser per class.
 */
public final class ApplicationServer implements BeforeAllCallback, TestInstancePostProcessor, AfterEachCallback {

    private static final Namespace NAMESPACE = Namespace.create(ApplicationServer.class);

    /** The class's browser, quit (its profile folder deleted) when the class's context closes. */
    private record ClassBrowserResource(WebDriver driver) implements AutoCloseable {
        @Override
        public void close() {
            driver.quit();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        TestServer server = server(context);
        Class<?> testClass = context.getRequiredTestClass();
        ApplicationTest settings = settings(testClass);
        if (!fields(testClass, ClassBrowser.class).isEmpty()) {
            WebDriver driver = Browser.headlessChromium(
                    settings.browserTimeZone().isEmpty() ? null : settings.browserTimeZone(),
                    settings.browserLanguage());
            context.getStore(NAMESPACE).put(ClassBrowserResource.class, new ClassBrowserResource(driver));
        }
        inject(context, null, server);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        inject(context, testInstance, server(context));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!settings(context.getRequiredTestClass()).noConsoleErrors()) {
            return;
        }
        ClassBrowserResource browser = context.getStore(NAMESPACE).get(ClassBrowserResource.class,
                ClassBrowserResource.class);
        if (browser == null) {
            throw new IllegalStateException("noConsoleErrors needs a @ClassBrowser field");
        }
        List<String> errors = Browser.consoleErrors(browser.driver());
        if (!errors.isEmpty()) {
            throw new AssertionError("The browser's console received errors during the test: " + errors);
        }
    }

    /** The run's test server, started on first use. */
    private static TestServer server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(TestServer.class,
                ignored -> TestServer.startForTheRun(), TestServer.class);
    }

    private static ApplicationTest settings(Class<?> testClass) {
        return AnnotationSupport.findAnnotation(testClass, ApplicationTest.class).orElseThrow(
                () -> new IllegalStateException(testClass + " is not annotated @ApplicationTest"));
    }

    /** Sets the static fields ({@code instance} null) or the instance fields of the class. */
    private static void inject(ExtensionContext context, Object instance, TestServer server)
            throws IllegalAccessException {
        Class<?> testClass = context.getRequiredTestClass();
        for (Field field : fields(testClass, ApplicationAddress.class)) {
            if (Modifier.isStatic(field.getModifiers()) == (instance == null)) {
                field.setAccessible(true);
                field.set(instance, address(server.address(), field));
            }
        }
        for (Field field : fields(testClass, ClassBrowser.class)) {
            if (Modifier.isStatic(field.getModifiers()) == (instance == null)) {
                if (!WebDriver.class.isAssignableFrom(field.getType())) {
                    throw new IllegalStateException(field + ": a @ClassBrowser field is a WebDriver");
                }
                field.setAccessible(true);
                field.set(instance, context.getStore(NAMESPACE).get(ClassBrowserResource.class,
                        ClassBrowserResource.class).driver());
            }
        }
    }

    private static Object address(String address, Field field) {
        if (field.getType() == String.class) {
            return address;
        }
        if (field.getType() == URI.class) {
            return URI.create(address);
        }
        if (field.getType() == URL.class) {
            try {
                return URI.create(address).toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(field + ": an @ApplicationAddress field is a String, URI or URL");
    }

    private static List<Field> fields(Class<?> testClass, Class<? extends java.lang.annotation.Annotation> marker) {
        return AnnotationSupport.findAnnotatedFields(testClass, marker, field -> true, HierarchyTraversalMode.TOP_DOWN);
    }
}
