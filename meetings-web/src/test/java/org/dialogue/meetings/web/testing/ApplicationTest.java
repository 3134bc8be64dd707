package org.dialogue.meetings.web.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that talks to the application as its users do, over HTTP or in a browser, on the one test server
 * of the run ({@link ApplicationServer}): the server is started for the first such class and serves every other one,
 * whatever their order. The class receives the application's address in a field annotated {@link ApplicationAddress}
 * and, when it has a field annotated {@link ClassBrowser}, a headless Chromium of its own, quit after its last test.
 *
 * <p>Everything a test finds on the server may have been made by another class before it: a test makes what it reads
 * (with names of its own) and never counts on an empty database.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ApplicationServer.class)
public @interface ApplicationTest {

    /** The class browser's time zone, as on a computer in that zone ("Asia/Tokyo"); empty keeps the machine's. */
    String browserTimeZone() default "";

    /** The class browser's language (Accept-Language and {@code navigator.language}): "en", "fr", "ar"... */
    String browserLanguage() default "en";

    /**
     * After each test, the class browser's console must hold no error (a script that failed or that the
     * Content-Security-Policy refused, a resource that did not load). Reading the console empties it, so each test
     * answers for the pages it showed.
     */
    boolean noConsoleErrors() default false;
}
