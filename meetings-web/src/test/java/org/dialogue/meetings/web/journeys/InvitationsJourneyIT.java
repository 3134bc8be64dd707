package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.fixtures.InvitationsFixtureServlet;
import org.dialogue.meetings.web.pages.InvitationReplyPage;
import org.dialogue.meetings.web.pages.MeetingInvitationsPage;
import org.dialogue.meetings.web.pages.MinutesPage;
import org.dialogue.meetings.web.support.NoInternals;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Invitations in a real browser on the WAR as built (plus a test-only servlet that makes the people and hands over the
 * reply token the e-mail would carry, see {@link InvitationsFixtureServlet}): the secretariat invites an organisation
 * without a delegation (refused, saying what to do), one with a delegation, again (nothing doubles) and a person (who
 * joins the delegation); a delegate replies for their own organisation's people only; the invited person replies
 * through the link in a fresh browser without signing in, and no session cookie is set; a changed link gets a clear
 * page; the secretariat records attendance, which everyone who sees the meeting sees and the minutes start from (and
 * take again on request after a correction).
 */
@ApplicationTest
class InvitationsJourneyIT {

    @ClassBrowser
    private static WebDriver driver;

    @ApplicationAddress
    private String base;

    @Test
    void theSecretariatInvitesDelegatesAndTheInvitedPersonReplyAndAttendanceIsRecorded() throws Exception {
        String run = "IJ" + UUID.randomUUID().toString().substring(0, 6);
        String amina = "Amina " + run;
        String kofi = "Kofi " + run;
        String jan = "Jan " + run;
        String delegate = TestAccounts.ensureSignedInAs(driver, base, "Delegate", "AFRIPOL");
        Browser.consoleErrors(driver);
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        driver.get(base + "it-fixtures/invitations?run=" + run);
        long meetingId = Long.parseLong(driver.findElement(By.tagName("body")).getText().strip());

        // --- the secretariat invites ---
        MeetingInvitationsPage page = MeetingInvitationsPage.open(driver, base, meetingId);
        assertThat(page.invitations()).isEmpty();
        page.inviteOrganisation("EUROPOL");
        assertThat(page.messages()).contains("EUROPOL has no delegation for this meeting yet")
                .contains("Add the people of its delegation to the participants first");
        assertThat(page.invitations()).isEmpty();

        page.inviteOrganisation("AFRIPOL");
        assertThat(page.messages()).contains("Invited: ").contains(amina).contains(kofi);
        assertThat(page.invitations()).hasSize(2);
        assertThat(page.reply(amina)).isEqualTo("No reply yet");

        page.inviteOrganisation("AFRIPOL");
        assertThat(page.messages()).contains("Already invited, nothing changed");
        assertThat(page.invitations()).hasSize(2);

        page.invitePerson("EUROPOL", jan);
        assertThat(page.messages()).contains("Invited: " + jan).contains("Added to the participants: " + jan);
        assertThat(page.invitations()).hasSize(3);
        assertThat(page.participants()).as("the participants part of the page shows the new delegate").contains(jan);

        // --- a delegate replies for their own organisation's people only ---
        TestAccounts.ensureSignedInAs(driver, base, "Delegate", "AFRIPOL");
        page = MeetingInvitationsPage.open(driver, base, meetingId);
        assertThat(page.offersReplyFor(amina)).isTrue();
        assertThat(page.offersReplyFor(kofi)).isTrue();
        assertThat(page.offersReplyFor(jan)).as("another organisation's person").isFalse();
        assertThat(page.offersAttendanceFor(amina)).as("attendance is the secretariat's").isFalse();
        page.replyFor(amina, "accept");
        assertThat(page.messages()).contains("Reply recorded for " + amina + ": Accepted");
        assertThat(page.reply(amina)).isEqualTo("Accepted");
        assertThat(page.repliedBy(amina)).contains(delegate);
        assertThat(MeetingInvitationsPage.open(driver, base, meetingId).reply(amina)).as("after a reload")
                .isEqualTo("Accepted");

        // --- the invited person replies through the e-mail's link, in a fresh browser, without signing in ---
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        driver.get(base + "it-fixtures/invitations?meeting=" + meetingId + "&person=" + kofi.replace(" ", "%20"));
        String token = driver.findElement(By.tagName("body")).getText().strip();
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

        HttpResponse<String> plainGet = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build()
                .send(HttpRequest.newBuilder(URI.create(base + "invitations/reply.xhtml?token=" + token))
                        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plainGet.statusCode()).isEqualTo(200);
        assertThat(plainGet.headers().allValues("Set-Cookie")).as("no session for an anonymous GET").isEmpty();
        assertThat(plainGet.body()).contains("Invitations " + run).doesNotContain("Sign in</button>");

        WebDriver fresh = Browser.headlessChromium();
        try {
            InvitationReplyPage reply = InvitationReplyPage.open(fresh, base, token);
            assertThat(fresh.manage().getCookieNamed("JSESSIONID")).as("no session cookie after the GET").isNull();
            assertThat(reply.title()).isEqualTo("Invitations " + run);
            assertThat(reply.when()).contains("2031").endsWith("09:30 – 17:00 IST"); // the venue's clock, its zone
            assertThat(reply.zone()).isEqualTo("Asia/Kolkata (UTC+05:30)");
            assertThat(reply.place()).contains("Convention Centre").contains("New Delhi");
            assertThat(reply.currentAnswer()).isEqualTo("No reply yet");

            reply.press("tentative");
            assertThat(reply.messages()).contains("Thank you, your answer is recorded: Tentative");
            assertThat(reply.currentAnswer()).isEqualTo("Tentative");
            assertThat(fresh.manage().getCookieNamed("JSESSIONID")).as("no session after replying either").isNull();

            // A changed link: a clear page, no stack trace, nothing recorded
            String changed = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");
            InvitationReplyPage refused = InvitationReplyPage.open(fresh, base, changed);
            assertThat(refused.refusal()).startsWith("This reply link is not valid");
            assertThat(refused.currentAnswer()).isEmpty();
            NoInternals.assertShowsNoInternals("the page of a changed reply link", fresh.getPageSource());
            assertThat(InvitationReplyPage.open(fresh, base, "").refusal()).startsWith("This reply link is not valid");
            assertThat(Browser.consoleErrors(fresh)).isEmpty();
        } finally {
            fresh.quit();
        }

        // --- the secretariat sees the reply, and records attendance on the day ---
        page = MeetingInvitationsPage.open(driver, base, meetingId);
        assertThat(page.reply(kofi)).isEqualTo("Tentative");
        assertThat(page.repliedBy(kofi)).contains("the invited person (e-mail link)");
        assertThat(page.attendance(amina)).isEqualTo("Not recorded");
        page.recordAttendance(amina, "present").recordAttendance(kofi, "excused").recordAttendance(jan, "absent");
        assertThat(page.messages()).contains("Attendance recorded for " + jan + ": Absent");

        // The minutes, opened now, start from the recorded attendance
        MinutesPage.fromMeeting(driver, base, meetingId);
        assertThat(minutesAttendance()).containsEntry(amina, "Present").containsEntry(kofi, "Excused")
                .containsEntry(jan, "Absent");

        // A correction after the minutes were opened: the draft form takes it on request
        page = MeetingInvitationsPage.open(driver, base, meetingId);
        page.recordAttendance(jan, "present");
        MinutesPage.fromMeeting(driver, base, meetingId);
        assertThat(minutesAttendance()).containsEntry(jan, "Absent");
        driver.findElement(By.id("draftForm:takeRecordedAttendance")).click();
        Browser.awaitQuiet(driver);
        assertThat(driver.findElement(By.id("pageMessages")).getText())
                .contains("The attendance recorded on the day is in the form (3 people)");
        assertThat(minutesAttendance()).containsEntry(amina, "Present").containsEntry(kofi, "Excused")
                .containsEntry(jan, "Present");

        page = MeetingInvitationsPage.open(driver, base, meetingId);
        assertThat(page.attendance(amina)).isEqualTo("Present");
        assertThat(page.attendance(kofi)).isEqualTo("Excused");
        assertThat(page.attendance(jan)).isEqualTo("Present");
        Browser.screenshot(driver, "meeting-invitations");

        // The delegate sees the attendance, without the controls
        TestAccounts.ensureSignedInAs(driver, base, "Delegate", "AFRIPOL");
        page = MeetingInvitationsPage.open(driver, base, meetingId);
        assertThat(page.attendance(kofi)).isEqualTo("Excused");
        assertThat(page.offersAttendanceFor(kofi)).isFalse();
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    /** The minutes draft form's attendance: name to the status chosen. */
    private Map<String, String> minutesAttendance() {
        Map<String, String> lines = new LinkedHashMap<>();
        for (int row = 0; ; row++) {
            List<WebElement> name = driver.findElements(By.id("draftForm:attendance:" + row + ":attendeeName"));
            if (name.isEmpty()) {
                return lines;
            }
            lines.put(name.get(0).getAttribute("value"), new Select(driver.findElement(
                    By.id("draftForm:attendance:" + row + ":attendeeStatus"))).getFirstSelectedOption().getText());
        }
    }

}
