package org.dialogue.meetings.web.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@link org.openqa.selenium.WebDriver} field (static or not) that receives the class's own headless
 * Chromium, set up as {@link ApplicationTest} says (time zone, language), started before the class's first test and
 * quit, its profile folder deleted, after its last one. The tests of a class share it, as one user's browser would.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ClassBrowser {
}
