package org.dialogue.meetings.web.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.pages.MeetingFormPage;
import org.dialogue.meetings.web.pages.MeetingPage;
import org.dialogue.meetings.web.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A save the user saw confirmed survives a crash of the server process: the WAR runs on Payara Micro as the run
 * command starts it (H2 file database, the same Payara settings), a meeting is saved through the UI, the process is
 * killed with SIGKILL the moment the page shows the save confirmed, and after a restart on the same database the
 * meeting is there. Without {@code WRITE_DELAY=0} on the H2 URL, H2 writes commits to its file after a delay and such
 * a meeting was lost in about half of the trials.
 */
class CrashDurabilityIT {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);

    private final Path folder = Path.of(required("crash.dir"));
    private final String adminPassword = required("it.admin.password");
    private Process server;
    private WebDriver driver;

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (driver != null) {
            driver.quit();
        }
        kill();
    }

    @Test
    void aMeetingWhoseSaveThePageConfirmedIsStillThereAfterTheProcessIsKilled() throws Exception {
        String title = "Meeting saved just before a crash " + UUID.randomUUID().toString().substring(0, 6);
        driver = Browser.headlessChromium();

        String base = start(1);
        // Meetings are the secretariat's: the administrator makes one, as on a real first day.
        String secretariat = TestAccounts.signInAs(driver, base, "Secretariat", null);
        MeetingFormPage.openNew(driver, base).fillRequired(title);
        long clicked = System.nanoTime();
        driver.findElement(By.id("meetingForm:save")).click();
        awaitSaveConfirmed();
        kill();
        // For the record: H2 without WRITE_DELAY=0 writes a commit within half a second, so a kill later than that
        // after the commit would not show the difference.
        System.out.printf("CrashDurabilityIT: killed %d ms after the click on Save%n",
                (System.nanoTime() - clicked) / 1_000_000);
        String meetingPath = driver.getCurrentUrl().substring(base.length());
        assertThat(meetingPath).startsWith("meetings/view.xhtml");

        String restarted = start(2);
        TestAccounts.signIn(driver, restarted, secretariat, TestAccounts.USER_PASSWORD);
        driver.get(restarted + meetingPath);
        Browser.awaitQuiet(driver);

        assertThat(new MeetingPage(driver).heading()).as("the meeting at %s after the restart", meetingPath)
                .isEqualTo(title);
    }

    /**
     * Waits for the meeting page's "was saved" message, looking every 10 ms: the process is killed as soon as a user
     * could have read it (H2's default write delay is half a second; a slower look would let H2 write meanwhile).
     */
    private void awaitSaveConfirmed() {
        new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(10))
                .ignoring(StaleElementReferenceException.class)
                .withMessage("the meeting page saying the meeting was saved")
                .until(d -> d.getCurrentUrl().contains("meetings/view.xhtml")
                        && new MeetingPage(d).infoMessages().contains("was saved"));
    }

    /**
     * Starts Payara Micro with the WAR on a free port, on this test's database and data folder (the same on every
     * start) and a root folder of its own, and waits until the application answers. Returns its base URL.
     */
    private String start(int number) throws IOException, InterruptedException {
        Path database = folder.resolve("database").resolve("meetings");
        Path root = folder.resolve("payara-micro-" + number);
        Path log = folder.resolve("payara-micro-" + number + ".log");
        Files.createDirectories(folder);
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The JVM options of every test JVM (the pom's test.jvm.options), as the container tests' servers get them.
        Arrays.stream(System.getProperty("payara.micro.jvmOptions", "").split(" "))
                .filter(option -> !option.isBlank()).forEach(command::add);
        command.addAll(List.of(
                "-Dmeetings.db.url=jdbc:h2:file:" + database + ";WRITE_DELAY=0",
                "-Dmeetings.admin.password=" + adminPassword,
                "-Dmeetings.data.dir=" + folder.resolve("data"),
                "-jar", required("payara.microJar"),
                "--deploy", required("application.war"),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                "--rootDir", root.toString(),
                "--prebootcommandfile", required("payara.postBootCommands"),
                "--nocluster"));
        server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String base = "http://localhost:" + port + "/";
        awaitAnswer(base, log);
        return base;
    }

    /** Waits until the application answers its home page (a page, or a redirect to the sign-in page). */
    private void awaitAnswer(String base, Path log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create(base)).timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("Payara Micro stopped while starting; see " + log);
            }
            try {
                int status = http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200 || status == 302 || status == 303) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The application did not answer at " + base + " within " + STARTUP_TIMEOUT
                + "; see " + log);
    }

    /** SIGKILL (what destroyForcibly() sends on Linux): the process gets no chance to write anything more. */
    private void kill() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("Payara Micro killed").isTrue();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String name) {
        return Objects.requireNonNull(System.getProperty(name), () -> "system property " + name);
    }
}
