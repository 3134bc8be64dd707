package org.dialogue.meetings.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Test only: a container-test class, run by Arquillian inside Payara Micro. All such classes of the module share one
 * deployment and one server per test run ({@code org.dialogue.meetings.arquillian.OneDeploymentPerRun}; each class's
 * {@code @Deployment} returns {@code ServiceDeployment.create()}), so the settings a test may change in the server
 * are reset around each test ({@link SharedSettingsReset}), and no test may rely on an empty database or on which
 * classes ran before it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ArquillianExtension.class)
@ExtendWith(SharedSettingsReset.class)
public @interface ContainerTest {
}
