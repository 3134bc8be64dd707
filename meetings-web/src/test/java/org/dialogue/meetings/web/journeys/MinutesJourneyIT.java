package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.pages.MinutesPage;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Minutes as the secretariat and the delegations use them, in a real browser on the WAR as built: a whole approval
 * (notes with bold text, attendance, a decision, an action; circulated; one organisation approves, the other comments;
 * a reply, a revision and a second round; approved, frozen, and the hash checked on the downloaded file), two
 * secretariat users saving the same draft, and hostile rich text.
 */
@ApplicationTest
class MinutesJourneyIT {

    private static final String FIRST = "AFRIPOL";
    private static final String SECOND = "EUROPOL";

    @ClassBrowser
    private static WebDriver driver;

    @ApplicationAddress
    private String base;

    @Test
    void twoDelegationsApproveInASecondRoundAndTheDownloadedFileHasTheHashShown() throws Exception {
        // Arrange: the delegates exist; a meeting with both organisations taking part, and a participant.
        TestAccounts.ensureMade(base, "Delegate", FIRST);
        TestAccounts.ensureMade(base, "Delegate", SECOND);
        long meetingId = meeting("Minutes round " + run(), "&participant=" + Fixtures.encode("Amina Diallo|" + FIRST),
                FIRST, SECOND);
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);

        // The secretariat opens the minutes and writes them.
        MinutesPage minutes = MinutesPage.fromMeeting(driver, base, meetingId);
        assertThat(minutes.state()).isEqualTo("Draft");
        long minutesId = minutes.id();
        minutes.typeNotes(0, "Agreed", " to meet again in spring.")
                .typeNotes(1, null, "Exchange of lists discussed.")
                .addAttendee("Jean Dupont", SECOND, "Excused")
                .addDecision("Share the contact lists", "Opening")
                .addAction("Send the contact list", FIRST, "A. Diallo", "2031-06-30", 1)
                .save();
        assertThat(minutes.editorHtml(0)).contains("<strong>Agreed</strong>", "to meet again in spring.");
        assertThat(minutes.decisionText(0)).isEqualTo("Share the contact lists");
        assertThat(minutes.tabLeaves(1)).as("Tab moves on from the notes editor").isTrue();
        Browser.screenshot(driver, "minutes-draft");

        minutes.circulate();
        assertThat(minutes.state()).isEqualTo("Circulated for approval");
        assertThat(minutes.readNotesHtml()).contains("<strong>Agreed</strong>");
        assertThat(minutes.text()).contains("Jean Dupont – Excused", "Amina Diallo – Present",
                "Share the contact lists", "Send the contact list");
        assertThat(minutes.answerRows(0)).containsExactly(FIRST, SECOND);

        // Round 1: the first organisation approves, the second comments on an item.
        TestAccounts.ensureSignedInAs(driver, base, "Delegate", FIRST);
        minutes = MinutesPage.open(driver, base, minutesId);
        assertThat(minutes.readNotesHtml()).contains("<strong>Agreed</strong>");
        minutes.approve();
        assertThat(minutes.pageMessages()).contains("approval is recorded");
        assertThat(minutes.canAnswer()).as("one answer per organisation and round").isFalse();
        TestAccounts.ensureSignedInAs(driver, base, "Delegate", SECOND);
        minutes = MinutesPage.open(driver, base, minutesId).comment("Opening", "Say which lists.");
        assertThat(minutes.roundText(0)).contains("Approved", "Commented", "Say which lists.");

        // The secretariat replies, revises, and circulates the revised text: round 2.
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        minutes = MinutesPage.open(driver, base, minutesId).reply(SECOND, "The lists of focal points.");
        assertThat(minutes.roundText(0)).contains("The lists of focal points.");
        minutes.revise("Comment of " + SECOND);
        assertThat(minutes.state()).isEqualTo("Draft");
        minutes.typeNotes(0, null, " Lists: focal points.").save().circulate();
        assertThat(minutes.roundHeadings()).contains("Round 2", "Round 1 – withdrawn to revise");

        TestAccounts.ensureSignedInAs(driver, base, "Delegate", FIRST);
        MinutesPage.open(driver, base, minutesId).approve();
        TestAccounts.ensureSignedInAs(driver, base, "Delegate", SECOND);
        minutes = MinutesPage.open(driver, base, minutesId).approve();

        // Approved: frozen, with its hash, which the downloaded file gives.
        assertThat(minutes.state()).isEqualTo("Approved");
        assertThat(minutes.roundText(0)).doesNotContain("Pending");
        Browser.screenshot(driver, "minutes-approved");
        String shown = minutes.sha256();
        assertThat(shown).matches("[0-9a-f]{64}");
        String session = Browser.sessionCookies(driver);
        HttpResponse<byte[]> file = download(minutes.downloadHref(), session);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment").contains("minutes-" + meetingId + "-rev1.txt");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body())))
                .isEqualTo(shown);
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).contains("<strong>Agreed</strong>",
                "Share the contact lists", "Send the contact list | owner: " + FIRST);
        assertThat(download(base + "minutes/canonical?id=987654321", session).statusCode()).isEqualTo(404);
        // The PDF of the approved minutes: no DRAFT mark, the approval record with the same hash.
        HttpResponse<byte[]> pdf = download(driver.findElement(By.id("downloadPdf")).getAttribute("href"), session);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
                .contains("minutes-" + meetingId + "-rev1.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(shown, "Share the contact lists", "Jean Dupont", "Round 2")
                    .doesNotContain("DRAFT");
        }
        assertThat(Browser.consoleErrors(driver)).isEmpty();

        // The secretariat sees no form any more, only the record; the version list compares two saves.
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        minutes = MinutesPage.open(driver, base, minutesId);
        assertThat(minutes.shows("draftForm")).isFalse();
        assertThat(minutes.shows("workflowForm:openCorrect")).isTrue();
        driver.findElement(By.id("compareVersions")).click();
        Browser.awaitQuiet(driver);
        assertThat(driver.findElement(By.id("comparison")).getAttribute("innerHTML"))
                .contains("<ins>");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    /**
     * Two browsers: a delegate's page left open while the secretariat revises and circulates the minutes again. An
     * approval or a comment sent from it is about a text the delegate has not read: nothing is recorded, the page says
     * so and shows the current text, and a typed comment comes back in its dialog. A reply written by the secretariat
     * while a delegation answered is refused the same way.
     */
    @Test
    void anAnswerSentFromAPageShowingOlderMinutesRecordsNothingAndSaysSo() {
        String delegate = TestAccounts.ensureMade(base, "Delegate", FIRST);
        String secondDelegate = TestAccounts.ensureMade(base, "Delegate", SECOND);
        long meetingId = meeting("Minutes stale page " + run(), "", FIRST, SECOND);
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        MinutesPage secretariat = MinutesPage.fromMeeting(driver, base, meetingId);
        long minutesId = secretariat.id();
        secretariat.typeNotes(0, null, "Text of round one.").save().circulate();
        // One clock on the page: the venue's time (with the reader's beside it when it differs).
        assertThat(driver.findElement(By.id("minutesSaved")).getText()).contains("Europe/Paris");
        assertThat(driver.findElement(By.cssSelector(".round p.muted")).getText()).contains("Europe/Paris");

        WebDriver other = Browser.headlessChromium();
        try {
            TestAccounts.signIn(other, base, delegate, TestAccounts.USER_PASSWORD);
            MinutesPage delegatePage = MinutesPage.open(other, base, minutesId);
            assertThat(delegatePage.round()).isEqualTo("1");

            // Meanwhile the secretariat revises the text and circulates it again: round 2.
            secretariat.revise("Wording").typeNotes(0, null, " Added in round two.").save().circulate();

            delegatePage.approve();
            assertThat(delegatePage.pageMessages()).contains("changed since this page was opened",
                    "round 1", "round 2", "Nothing was recorded");
            assertThat(delegatePage.round()).isEqualTo("2");
            assertThat(delegatePage.readNotesHtml()).contains("Added in round two.");
            assertThat(delegatePage.roundText(0)).doesNotContain("Approved");
            assertThat(delegatePage.canAnswer()).isTrue();

            // Again: round 3 is circulated while the delegate types a comment on the page of round 2.
            secretariat.revise("Dates").typeNotes(0, null, " Added in round three.").save().circulate();
            delegatePage.comment(null, "Please add the dates.");
            assertThat(delegatePage.pageMessages()).contains("changed since this page was opened",
                    "round 2", "round 3");
            assertThat(delegatePage.readNotesHtml()).contains("Added in round three.");
            assertThat(delegatePage.roundText(0)).doesNotContain("Please add the dates.");
            assertThat(delegatePage.openDialogText("commentForm:comment")).as("the comment, kept and shown again")
                    .contains("Please add the dates.");
            delegatePage.sendAgain("commentForm");
            assertThat(delegatePage.roundText(0)).contains("Commented", "Please add the dates.");
            assertThat(Browser.consoleErrors(other)).isEmpty();

            // The secretariat's page shows the comment; before its reply is sent, the other delegation approves.
            secretariat = MinutesPage.open(driver, base, minutesId);
            TestAccounts.signIn(other, base, secondDelegate, TestAccounts.USER_PASSWORD);
            MinutesPage.open(other, base, minutesId).approve();
            secretariat.reply(FIRST, "The dates are in item 1.");
            assertThat(secretariat.pageMessages()).contains("changed since this page was opened",
                    "Nothing was recorded");
            assertThat(secretariat.roundText(0)).contains("Approved").doesNotContain("The dates are in item 1.");
            assertThat(secretariat.openDialogText("replyForm:replyText")).contains("The dates are in item 1.");
            secretariat.sendAgain("replyForm");
            assertThat(secretariat.roundText(0)).contains("The dates are in item 1.");
            assertThat(Browser.consoleErrors(driver)).isEmpty();
        } finally {
            other.quit();
        }
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndKeepsWhatWasTyped() {
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        long meetingId = meeting("Minutes concurrent " + run(), "", FIRST);
        long minutesId = MinutesPage.fromMeeting(driver, base, meetingId).id();

        WebDriver other = Browser.headlessChromium();
        try {
            TestAccounts.signIn(other, base, TestAccounts.made(base, "Secretariat", null), TestAccounts.USER_PASSWORD);
            MinutesPage theirs = MinutesPage.open(other, base, minutesId);
            MinutesPage mine = MinutesPage.open(driver, base, minutesId);

            theirs.typeNotes(0, null, "First to save.").save();
            mine.typeNotes(0, "Mine", " typed meanwhile.").addDecision("My decision", null).saveExpectingRefusal();

            assertThat(mine.draftMessages()).contains("Someone else saved", "not saved");
            assertThat(mine.editorHtml(0)).contains("<strong>Mine</strong>", "typed meanwhile.");
            assertThat(mine.decisionText(0)).isEqualTo("My decision");
            MinutesPage stored = MinutesPage.open(other, base, minutesId);
            assertThat(stored.editorHtml(0)).contains("First to save.").doesNotContain("Mine");
            assertThat(Browser.consoleErrors(driver)).isEmpty();
        } finally {
            other.quit();
        }
    }

    @Test
    void scriptsHandlersAndJavascriptLinksInNotesAreRemovedAndNothingRuns() {
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        long meetingId = meeting("Minutes hostile " + run(), "", FIRST);
        MinutesPage minutes = MinutesPage.fromMeeting(driver, base, meetingId);
        long minutesId = minutes.id();

        // Typed as text into the editor, and sent as HTML past the editor (as a forged request would).
        minutes.typeNotes(0, null, "<script>window.hacked = 'typed'; alert(1)</script>");
        // HTML pasted into the editor: only what its toolbar offers arrives there, and nothing of it runs meanwhile.
        minutes.pasteHtml(0, "<p>Pasted <strong>bold</strong></p><img src=x onerror=\"window.hacked = 'pasted'\">"
                + "<iframe src=\"about:blank\"></iframe><p style=\"color: red\">styled</p>"
                + "<a href=\"javascript:window.hacked = 'pasted link'\">pasted link</a>");
        MinutesPage editing = minutes;
        Browser.waitUpTo(driver, 10)
                .until(d -> editing.editorHtml(0).contains("Pasted"));
        assertThat(editing.editorHtml(0)).contains("<strong>bold</strong>", "styled", "pasted link")
                .doesNotContain("<img", "<iframe", "style=", "javascript:");
        minutes.forgeNotesHtml(1, "<p>Kept <b>bold</b> <script>window.hacked = 'script'; alert(2)</script>"
                + "<img src=x onerror=\"window.hacked = 'img'; alert(3)\">"
                + "<a href=\"javascript:window.hacked = 'link'; alert(4)\" id=\"evil\">click me</a>"
                + " <a href=\"https://example.org/\">fine link</a>"
                + " <span onmouseover=\"window.hacked = 'span'\">hover</span></p>");
        minutes.save().circulate();

        // Read by everyone as the stored HTML: nothing of it runs.
        minutes = MinutesPage.open(driver, base, minutesId);
        String notes = minutes.readNotesHtml();
        assertThat(notes).contains("&lt;script&gt;", "<b>bold</b>", "fine link", "click me")
                .doesNotContain("<script", "<img", "onerror", "onmouseover", "javascript:");
        for (WebElement link : driver.findElements(By.cssSelector(".minutes-notes a"))) {
            assertThat(String.valueOf(link.getAttribute("href"))).doesNotStartWithIgnoringCase("javascript:");
        }
        assertThat(driver.findElements(By.cssSelector(".minutes-notes a[href^='https://example.org']"))).hasSize(1);
        // What was the script link, and the text that had a handler: clicked and hovered, nothing runs.
        driver.findElement(By.xpath("//*[contains(@class,'minutes-notes')]//*[text()[contains(., 'click me')]]"))
                .click();
        for (WebElement span : driver.findElements(By.xpath(
                "//*[contains(@class,'minutes-notes')]//*[text()[contains(., 'hover')]]"))) {
            new org.openqa.selenium.interactions.Actions(driver).moveToElement(span).perform();
        }
        assertThat(((JavascriptExecutor) driver).executeScript("return window.hacked === undefined")).isEqualTo(true);
        assertThat(alertShown()).isFalse();
        assertThat(minutes.text()).contains("<script>window.hacked = 'typed'; alert(1)</script>");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    // --- helpers ---

    /**
     * As the secretariat, through the meetings fixture (this class tests minutes, not the meeting form): a meeting
     * co-organised by the given organisations, with two agenda items; {@code more} adds to the fixture's query.
     */
    private long meeting(String title, String more, String... coOrganisers) {
        return Fixtures.meeting(base, title, "&coOrganisers=" + String.join(",", coOrganisers) + "&item="
                + Fixtures.encode("Opening|10") + "&item=" + Fixtures.encode("Exchange of lists|30") + more);
    }

    private static boolean alertShown() {
        try {
            driver.switchTo().alert().dismiss();
            return true;
        } catch (NoAlertPresentException none) {
            return false;
        }
    }

    /** A GET with the browser's session cookies, the answer's bytes exactly as sent. */
    private static HttpResponse<byte[]> download(String address, String sessionCookies) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", sessionCookies).timeout(Duration.ofSeconds(60)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

}
