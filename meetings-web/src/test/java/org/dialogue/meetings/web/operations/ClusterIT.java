package org.dialogue.meetings.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.pages.MeetingFormPage;
import org.dialogue.meetings.web.pages.MeetingPage;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.support.HttpVisitor;
import org.dialogue.meetings.web.support.HttpVisitor.Answer;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ServerPair;
import org.dialogue.meetings.web.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * The production shape on PostgreSQL: two instances forming Payara's data grid behind HAProxy, started with
 * {@code ops/pair} as the operations guide says. One pair for the class (each start costs minutes on two cores), so
 * the tests run in order, the one that kills an instance last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String PARTICIPANT_ADDRESS = "awa.diallo@afripol.test";
    /**
     * Well beyond both timers' periods (15 and 10 s): on a dead database each of an outbox run's two reads waits about
     * 10 s for a connection before it fails, so with 25 s no run had failed yet when the database was back.
     */
    private static final Duration OUTAGE = Duration.ofSeconds(45);
    private static final Pattern OVERDUE_HEADING = Pattern.compile("Overdue actions \\((\\d+)\\)");

    private GreenMail smtp;
    private ServerPair pair;
    private String secretariat;
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    void startThePair() {
        assumeThat(ServerPair.canRun()).as("ops/pair needs root (it creates a PostgreSQL cluster); .ci/run runs as"
                + " root").isTrue();
        smtp = new GreenMail(new ServerSetup(TestServer.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Instant starting = Instant.now();
        pair = ServerPair.start("-Dmeetings.mail.host=127.0.0.1 -Dmeetings.mail.port=" + smtp.getSmtp().getPort()
                + " -Dmeetings.mail.sender=secretariat@dialogue.test");
        measured("the pair started (PostgreSQL, two instances ready, HAProxy)", starting);
        secretariat = TestAccounts.ensureMade(pair.instance(1), "Secretariat", null);
    }

    @AfterAll
    void stopThePair() {
        if (pair != null) {
            pair.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void aChangeMadeThroughOneInstanceIsReadThroughTheOtherAtOnce() {
        long meeting = Fixtures.meeting(pair.instance(1), "Shared between instances " + run, "");
        String page = "meetings/view.xhtml?id=" + meeting;
        HttpVisitor[] visitors = {signedIn(1, secretariat, TestAccounts.USER_PASSWORD),
                signedIn(2, secretariat, TestAccounts.USER_PASSWORD)};
        for (int change = 1; change <= 4; change++) {
            HttpVisitor writer = visitors[change % 2];
            HttpVisitor reader = visitors[(change + 1) % 2];
            String item = "Item " + change + " added through " + writer.base() + " " + run;
            // The reader's instance holds the meeting in its cache before the change.
            assertThat(reader.get(page).body()).contains("Shared between instances " + run).doesNotContain(item);

            Answer added = writer.submit(writer.get(page), "agendaForm", "addItem", MeetingPage.agendaItemFields(item));
            assertThat(added.status()).as("adding the agenda item: %s", added.errorMessages()).isEqualTo(200);
            assertThat(added.errorMessages()).isEmpty();

            assertThat(reader.get(page).body()).as("the meeting read through %s at once", reader.base())
                    .contains(item);
        }
    }

    /**
     * The dashboard keeps its action figures until a change; a change committed on the other instance reaches this
     * one through the cache coordination, which tells the figures too ({@code ActionFiguresChanges}).
     */
    @Test
    @Order(1)
    void theDashboardCountsAnActionAddedThroughTheOtherInstance() throws InterruptedException {
        HttpVisitor reader = signedIn(2, secretariat, TestAccounts.USER_PASSWORD);
        long before = overdueCount(reader);
        assertThat(overdueCount(reader)).as("the figures, kept").isEqualTo(before);

        // An edition, a meeting and circulated minutes with an action due yesterday, through the other instance.
        Fixtures.asSecretariat(pair.instance(1), "actions?run=" + Fixtures.encode("Figures " + run));
        await("the overdue action counted on the other instance", Duration.ofSeconds(10),
                () -> overdueCount(reader) == before + 1);
    }

    private static long overdueCount(HttpVisitor reader) {
        Answer dashboard = reader.get("index.xhtml");
        assertThat(dashboard.status()).isEqualTo(200);
        Matcher heading = OVERDUE_HEADING.matcher(dashboard.body());
        assertThat(heading.find()).as("the dashboard's overdue heading").isTrue();
        return Long.parseLong(heading.group(1));
    }

    @Test
    @Order(2)
    void aPasswordChangeAndADisabledAccountTakeEffectOnBothInstancesAtOnce() {
        String user = TestAccounts.made(pair.instance(1), "Secretariat", null);
        // Signed in on the second instance, whose cache now holds the account.
        HttpVisitor onSecond = signedIn(2, user, TestAccounts.USER_PASSWORD);

        String newPassword = "A new password chosen on one instance " + run;
        HttpVisitor onFirst = signedIn(1, user, TestAccounts.USER_PASSWORD);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("passwordForm:currentPassword", TestAccounts.USER_PASSWORD);
        fields.put("passwordForm:newPassword", newPassword);
        fields.put("passwordForm:confirmation", newPassword);
        Answer changed = onFirst.submit(onFirst.get("account/password.xhtml"), "passwordForm", "changePassword",
                fields);
        assertThat(changed.errorMessages()).as("the password change").isEmpty();

        assertThat(new HttpVisitor(pair.instance(2)).signIn(user, TestAccounts.USER_PASSWORD).status())
                .as("the old password on the other instance").isEqualTo(200);
        assertThat(new HttpVisitor(pair.instance(2)).signIn(user, newPassword).status())
                .as("the new password on the other instance").isEqualTo(302);

        assertThat(onSecond.get("meetings/list.xhtml").status()).isEqualTo(200);
        Fixtures.asAdministrator(pair.instance(1), "accounts?disable=" + user);
        Answer afterDisabling = onSecond.get("meetings/list.xhtml");
        assertThat(afterDisabling.heading()).as("a page asked for on the other instance by the disabled user's session:"
                + " %d %s %s", afterDisabling.status(), afterDisabling.headers().get("location"),
                afterDisabling.body().length() > 600 ? afterDisabling.body().substring(0, 600) : afterDisabling.body())
                .isEqualTo("Not allowed");
        assertThat(new HttpVisitor(pair.instance(2)).signIn(user, newPassword).status())
                .as("the disabled user signing in on the other instance").isEqualTo(200);
    }

    /**
     * Both instances run the deadline check every 15 seconds and send the outbox every 10 seconds. The round's deadline
     * falls while the database is stopped for 45 seconds: both instances say they are not ready, then ready again, and
     * the round is closed once, its mails each sent once, by timers that lived through the outage.
     */
    @Test
    @Order(3)
    void aDueRoundClosesOnceAndEachMailIsSentOnceAcrossADatabaseOutage() throws Exception {
        long logStart1 = pair.logLength(1);
        long logStart2 = pair.logLength(2);
        String title = "Round across an outage " + run;
        long meeting = Fixtures.meeting(pair.instance(1), title,
                "&coOrganisers=AFRIPOL&participant=" + Fixtures.encode("Awa Diallo|AFRIPOL|" + PARTICIPANT_ADDRESS));
        Instant deadline = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        long minutes = Long.parseLong(Fixtures.asSecretariat(pair.instance(1),
                "minutes?meeting=" + meeting + "&deadline=" + deadline));
        await("the circulation mail", Duration.ofSeconds(90), () -> subjects().stream()
                .anyMatch(s -> s.startsWith("Minutes to approve") && s.endsWith(title)));

        pair.stopDatabase();
        Instant stopped = Instant.now();
        try {
            await("both instances not ready", Duration.ofSeconds(30),
                    () -> status(1, "health/ready") == 503 && status(2, "health/ready") == 503);
            measured("database stopped: both instances not ready", stopped);
            assertThat(status(1, "health/live")).as("instance 1 alive without its database").isEqualTo(200);
            assertThat(status(2, "health/live")).as("instance 2 alive without its database").isEqualTo(200);
            // At least the outage's length, and past the deadline: the round falls due while the database is down.
            Instant restart = stopped.plus(OUTAGE).isAfter(deadline) ? stopped.plus(OUTAGE) : deadline.plusSeconds(5);
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), restart).toMillis()));
        } finally {
            pair.startDatabase();
        }
        Instant restarted = Instant.now();
        await("both instances ready again", Duration.ofSeconds(90),
                () -> status(1, "health/ready") == 200 && status(2, "health/ready") == 200);
        measured("database started again: both instances ready", restarted);

        await("the outcome mail", Duration.ofSeconds(150), () -> subjects().contains("Minutes approved: " + title));
        measured("database started again: the round closed and its outcome mail received", restarted);
        Thread.sleep(5_000); // a second sender would have sent its copy by now: both run at the same instants
        List<String> mails = subjects().stream().filter(s -> s.endsWith(title)).toList();
        assertThat(mails).as("each mail of the round once").doesNotHaveDuplicates()
                .contains("Minutes approved: " + title)
                .anyMatch(s -> s.startsWith("Minutes to approve"));
        assertThat(query("SELECT state FROM minutes WHERE id = ?", minutes)).isEqualTo("APPROVED");
        assertThat(query("SELECT COUNT(*) FROM audit_entry WHERE record_kind = 'Minutes' AND record_id = ?"
                + " AND actor = 'system'", minutes)).as("closings by the deadline check").isEqualTo("1");

        String log1 = pair.log(1, logStart1);
        String log2 = pair.log(2, logStart2);
        for (String log : List.of(log1, log2)) {
            assertThat(log).as("the mail timer failed during the outage and resumed")
                    .contains("Sending the mail outbox failed").contains("Sending the mail outbox works again");
            assertThat(log).as("no timer cancelled").doesNotContain("EJB5119");
            assertThat(log).as("the instance that lost the race to close the round says nothing of it")
                    .doesNotContain("method: public boolean " + "org.dialogue.meetings.application.deadline"
                            + ".DeadlineCheck.closeOne");
        }
    }

    @Test
    @Order(4)
    void aUserWhoseInstanceIsKilledGoesOnSignedInOnTheOtherAndSavesTheFormItRendered() throws InterruptedException {
        await("both instances ready", Duration.ofSeconds(90),
                () -> status(1, "health/ready") == 200 && status(2, "health/ready") == 200);
        WebDriver driver = Browser.headlessChromium();
        try {
            String base = pair.address();
            TestAccounts.signIn(driver, base, secretariat, TestAccounts.USER_PASSWORD);
            String title = "Saved after its instance was killed " + run;
            assertThat(driver.getCurrentUrl()).as("signed in through HAProxy: %s",
                    driver.findElement(By.tagName("body")).getText()).doesNotContain("login.xhtml");
            MeetingFormPage.openNew(driver, base).fillRequired(title);
            Cookie served = driver.manage().getCookieNamed("DIALOGUE_INSTANCE");
            assertThat(served).as("HAProxy's cookie naming the instance").isNotNull();
            int killed = served.getValue().equals(ServerPair.instanceName(1)) ? 1 : 2;

            pair.kill(killed);
            Instant killedAt = Instant.now();
            driver.findElement(By.id("meetingForm:save")).click();

            Browser.waitUpTo(driver, 60)
                    .withMessage("the meeting page saying the meeting was saved")
                    .until(d -> d.getCurrentUrl().contains("meetings/view.xhtml")
                            && new MeetingPage(d).infoMessages().contains("was saved"));
            measured("instance killed: the form it rendered saved through the other", killedAt);
            assertThat(new MeetingPage(driver).heading()).isEqualTo(title);
            assertThat(driver.manage().getCookieNamed("DIALOGUE_INSTANCE").getValue())
                    .isEqualTo(ServerPair.instanceName(3 - killed));
            driver.get(base + "meetings/list.xhtml");
            assertThat(driver.findElement(By.tagName("body")).getText()).as("still signed in").contains(title);
        } finally {
            driver.quit();
        }
    }

    // --- helpers ---

    /** For the operations guide's figures: printed into the test's report. */
    private static void measured(String what, Instant since) {
        System.out.printf("ClusterIT: %s in %.1f s%n", what, Duration.between(since, Instant.now()).toMillis() / 1000.0);
    }

    private HttpVisitor signedIn(int instance, String username, String password) {
        HttpVisitor visitor = new HttpVisitor(pair.instance(instance));
        assertThat(visitor.signIn(username, password).status()).as("%s signing in on instance %d", username,
                instance).isEqualTo(302);
        return visitor;
    }


    private int status(int instance, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pair.instance(instance) + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The subjects of the mails the participant received. */
    private List<String> subjects() {
        return Arrays.stream(smtp.getReceivedMessagesForDomain(PARTICIPANT_ADDRESS)).map(message -> {
            try {
                return ((MimeMessage) message).getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private String query(String sql, long id) throws SQLException {
        try (Connection connection = DriverManager.getConnection(pair.jdbcUrl(), pair.databaseUser(),
                pair.databasePassword()); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).isTrue();
                return result.getString(1);
            }
        }
    }

    private static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Not within " + within.toSeconds() + " s: " + what);
            }
            Thread.sleep(500);
        }
    }

}
