package org.dialogue.meetings.web.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.pages.MeetingFormPage;
import org.dialogue.meetings.web.pages.MeetingPage;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.TestServer;
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

    private final Path folder = Path.of(TestServer.required("crash.dir"));
    private TestServer server;
    private WebDriver driver;

    @AfterEach
    void stopEverything() {
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
        // Meetings are the secretariat's. This server runs the product's WAR alone, without the test fixtures: the
        // administrator makes the secretariat user on the user page, as on a real first day.
        String secretariat = TestAccounts.create(driver, base, "Secretariat", null);
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
     * Starts Payara Micro as the run command does, with the WAR as built, on this test's database and data folder
     * (the same on every start), a folder of its own for each start, and the short-lived test JVMs' options; waits
     * until the application answers. Returns its base URL.
     */
    private String start(int number) {
        server = TestServer.start(folder.resolve("server-" + number), Path.of(TestServer.required("application.war")),
                "jdbc:h2:file:" + folder.resolve("database").resolve("meetings") + ";WRITE_DELAY=0",
                folder.resolve("data"), System.getProperty("payara.micro.jvmOptions", ""));
        return server.address();
    }

    /** SIGKILL: the process gets no chance to write anything more. */
    private void kill() {
        if (server != null) {
            server.kill();
        }
    }
}
