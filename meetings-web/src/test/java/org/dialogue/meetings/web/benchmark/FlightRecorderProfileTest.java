package org.dialogue.meetings.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's profile read back from a real recording of this JVM kept busy in one known method. */
class FlightRecorderProfileTest {

    private static volatile long sink;

    @Test
    void theBusyMethodLeadsTheApplicationsCallsAndItsTimeCountsAsTheApplications(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("busy.jfr");
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            long until = System.nanoTime() + 2_500_000_000L;
            while (System.nanoTime() < until) {
                sink += spin(200_000);
            }
            recording.stop();
            recording.dump(file);
        }
        assertThat(Files.size(file)).isPositive();

        FlightRecorderProfile profile = FlightRecorderProfile.read(file);

        assertThat(profile.samples()).as("execution samples over 2.5 s at 10 ms").isGreaterThan(50);
        assertThat(profile.cpuSeconds()).as("a core kept busy for 2.5 s").isGreaterThan(0.5);
        assertThat(profile.applicationCalls().get(0).name()).startsWith("FlightRecorderProfileTest.spin ");
        assertThat(profile.applicationCalls().get(0).fraction()).isGreaterThan(0.5);
        assertThat(profile.areas().get(0).name()).isEqualTo("the application's own code");
        assertThat(profile.hottestMethods()).extracting(FlightRecorderProfile.Share::name)
                .anyMatch(name -> name.startsWith("FlightRecorderProfileTest.spin "));
        assertThat(profile.stages()).as("no Faces, CDI, EJB or JPA ran").isEmpty();
        assertThat(profile.areas()).extracting(FlightRecorderProfile.Share::fraction)
                .allMatch(fraction -> fraction > 0 && fraction <= 1);
    }

    /** Pure arithmetic, so the samples land in this method itself. */
    private static long spin(int rounds) {
        long x = 17;
        for (int i = 0; i < rounds; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            x ^= x >>> 29;
        }
        return x;
    }
}
