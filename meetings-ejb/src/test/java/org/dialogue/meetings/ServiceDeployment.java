package org.dialogue.meetings;

import java.io.File;
import java.util.Objects;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment the container tests of this module use: the module's classes and resources as they will be
 * deployed, plus the libraries it ships (Flyway), as a WAR for Payara Micro.
 */
public final class ServiceDeployment {

    private ServiceDeployment() {
    }

    public static WebArchive create(Class<?>... testClasses) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "meetings-services-test.war")
                .addPackages(true, "org.dialogue.meetings.domain", "org.dialogue.meetings.application",
                        "org.dialogue.meetings.infrastructure")
                .addClasses(testClasses)
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("ValidationMessages.properties")
                .addAsResource("org/dialogue/meetings/domain/shared/BusinessMessages.properties")
                .addAsWebInfResource("META-INF/beans.xml", "beans.xml");
        File migrations = new File("target/classes/db/migration");
        for (File script : Objects.requireNonNull(migrations.listFiles(), migrations.toString())) {
            war.addAsResource(script, "db/migration/" + script.getName());
        }
        File libs = new File(Objects.requireNonNull(System.getProperty("runtime.libs"), "runtime.libs"));
        File[] jars = Objects.requireNonNull(libs.listFiles((dir, name) -> name.endsWith(".jar")), libs.toString());
        return war.addAsLibraries(jars).addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    }

    /** The jar a test library was loaded from, to ship it inside the deployment where in-container tests run. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
