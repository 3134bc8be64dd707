package org.dialogue.meetings.web.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field (static or not; of type {@code String}, {@link java.net.URI} or {@link java.net.URL}) that receives
 * the address of the application on the test server, ending with a slash: {@code http://localhost:PORT/}.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApplicationAddress {
}
