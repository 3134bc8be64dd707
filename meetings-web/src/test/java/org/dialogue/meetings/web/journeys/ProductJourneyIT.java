package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.pages.EditionPages;
import org.dialogue.meetings.web.pages.MeetingFormPage;
import org.dialogue.meetings.web.pages.MeetingInvitationsPage;
import org.dialogue.meetings.web.pages.MeetingPage;
import org.dialogue.meetings.web.pages.MinutesPage;
import org.dialogue.meetings.web.pages.SignInPage;
import org.dialogue.meetings.web.pages.UserPages;
import org.dialogue.meetings.web.support.Labels;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The whole product as its users go through it, in a real browser, in Arabic (and in English when the screenshots
 * are taken): the administrator makes the accounts; the secretariat records an edition and its priority axes, schedules a joint
 * operational meeting, builds its agenda and invites two delegations; the delegates reply; attendance and minutes are
 * recorded and circulated; one delegation approves, the other comments; the secretariat replies and revises; a second
 * round; both approve; the minutes are frozen; the PDF and the meeting's .ics are downloaded and read back.
 *
 * <p>Every expected label is read from the application's bundle of the language the run is in ({@link Labels}), and
 * every page visited is checked for its {@code lang} and {@code dir}.
 */
@ApplicationTest
class ProductJourneyIT {

    private static final String FIRST = "AFRIPOL";
    private static final String SECOND = "EUROPOL";

    @ApplicationAddress
    private String base;

    private WebDriver driver;
    private Labels labels;
    private String language;

    /**
     * The same walk in English: run only when the screenshots are taken ({@code -Dscreenshots=true} writes the
     * README's English pictures), to keep the suite within its time. The Arabic walk below goes through every same
     * step, every expected label read from the bundle as here, and checks right-to-left pages besides.
     */
    @Test
    @EnabledIfSystemProperty(named = "screenshots", matches = "true",
            disabledReason = "the English walk runs with -Dscreenshots=true; the suite walks the same steps in Arabic")
    void inEnglish() throws Exception {
        journey("en", new Words("Joint operational meeting on criminal data", "Opening and adoption of the agenda",
                "Exchange of criminal data", "Priority axis: cybercrime", "Amina Diallo", "Jan de Vries",
                "The lists of focal points are shared", "Send the list of focal points", "Which lists?",
                "The lists of focal points of each organisation."));
    }

    @Test
    void inArabic() throws Exception {
        journey("ar", new Words("اجتماع عملياتي مشترك بشأن البيانات الجنائية", "الافتتاح واعتماد جدول الأعمال",
                "تبادل البيانات الجنائية", "محور ذو أولوية: الجريمة السيبرانية", "أمينة ديالو", "يان دي فريس",
                "تم تبادل قوائم جهات الاتصال", "إرسال قائمة جهات الاتصال", "أي قوائم؟",
                "قوائم جهات الاتصال في كل منظمة."));
    }

    /** What the users type in the run's language. */
    private record Words(String meeting, String opening, String exchange, String axis, String firstPerson,
            String secondPerson, String decision, String action, String comment, String reply) {
    }

    private void journey(String language, Words words) throws Exception {
        this.language = language;
        this.labels = Labels.of(language);
        String run = UUID.randomUUID().toString().substring(0, 6);
        String title = words.meeting() + " " + run;
        String firstPerson = words.firstPerson() + " " + run;
        String secondPerson = words.secondPerson() + " " + run;
        driver = Browser.headlessChromium();
        try {
            // --- the language is chosen on the sign-in page, before anyone signs in ---
            SignInPage.open(driver, base);
            driver.findElement(By.id("language-" + language)).click();
            // The switch reloads the page: wait for the page in that language, not only for a quiet page, which the
            // old one still was when the reload had not begun.
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30), Browser.POLLING)
                    .withMessage("the sign-in page in " + language)
                    .until(d -> language.equals(((JavascriptExecutor) d).executeScript(
                            "return document.documentElement.lang;")));
            Browser.awaitQuiet(driver);
            assertPageLanguage();
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(labels.text("signIn.title"));
            shot("sign-in");

            // --- the administrator makes a secretariat user and a delegate of each of two organisations; each
            // signs in with the one-time password and chooses their own, the secretariat last ---
            TestAccounts.signInAsAdministrator(driver, base);
            assertPageLanguage();
            NewUser secretariatUser = makeUser("sec", labels.text("Role.SECRETARIAT"), null);
            NewUser firstDelegateUser = makeUser("del1", labels.text("Role.DELEGATE"), FIRST);
            NewUser secondDelegateUser = makeUser("del2", labels.text("Role.DELEGATE"), SECOND);
            String firstDelegate = choosePassword(firstDelegateUser);
            String secondDelegate = choosePassword(secondDelegateUser);
            String secretariat = choosePassword(secretariatUser);

            // --- the secretariat (signed in by choosing the password) records an edition with its priority axes ---
            assertSignedInAs(secretariat);
            EditionPages edition = EditionPages.openNew(driver, base).dates("2031-10-06", "2031-10-08")
                    .venue("Lyon", "France").save();
            assertPageLanguage();
            edition.addPriorityAxis(words.axis() + " " + run);
            assertThat(edition.priorityAxes()).contains(words.axis() + " " + run);

            // --- schedules a joint operational meeting of both organisations and builds its agenda ---
            MeetingPage meeting = MeetingFormPage.openNew(driver, base).fillRequired(title)
                    .coOrganisers(FIRST, SECOND).save();
            assertPageLanguage();
            long meetingId = meeting.id();
            assertThat(meeting.heading()).contains(title);
            assertThat(meeting.status()).isEqualTo(labels.text("MeetingStatus.SCHEDULED"));
            meeting.addAgendaItem(words.opening(), 20).addAgendaItem(words.exchange(), 60);
            assertThat(meeting.agendaTitles()).containsExactly(words.opening(), words.exchange());
            meeting.addNewPerson(FIRST, firstPerson, null, labels.text("ParticipantRole.HEAD_OF_DELEGATION"))
                    .addNewPerson(SECOND, secondPerson, null, labels.text("ParticipantRole.HEAD_OF_DELEGATION"));
            assertThat(meeting.participantsText()).contains(firstPerson, secondPerson);
            shot("meeting");

            // --- invites both delegations ---
            MeetingInvitationsPage invitations = MeetingInvitationsPage.open(driver, base, meetingId)
                    .inviteOrganisation(FIRST).inviteOrganisation(SECOND);
            assertPageLanguage();
            assertThat(invitations.invitations()).hasSize(2);
            assertThat(invitations.reply(firstPerson)).isEqualTo(labels.text("InvitationStatus.PENDING"));

            // --- each delegate replies for their own delegation ---
            signInAs(firstDelegate);
            invitations = MeetingInvitationsPage.open(driver, base, meetingId).replyFor(firstPerson, "accept");
            assertThat(invitations.reply(firstPerson)).isEqualTo(labels.text("InvitationStatus.ACCEPTED"));
            assertThat(invitations.offersReplyFor(secondPerson)).as("another organisation's person; signed in as %s: %s",
                    SignInPage.signedInAs(driver), invitations.invitations()).isFalse();
            signInAs(secondDelegate);
            invitations = MeetingInvitationsPage.open(driver, base, meetingId).replyFor(secondPerson, "accept");
            assertThat(invitations.reply(secondPerson)).isEqualTo(labels.text("InvitationStatus.ACCEPTED"));

            // --- on the day: attendance, then the minutes, circulated ---
            signInAs(secretariat);
            invitations = MeetingInvitationsPage.open(driver, base, meetingId)
                    .recordAttendance(firstPerson, "present").recordAttendance(secondPerson, "present");
            assertThat(invitations.attendance(secondPerson)).isEqualTo(labels.text("AttendanceStatus.PRESENT"));
            MinutesPage minutes = MinutesPage.fromMeeting(driver, base, meetingId);
            assertPageLanguage();
            long minutesId = minutes.id();
            assertThat(minutes.state()).isEqualTo(labels.text("MinutesState.DRAFT"));
            minutes.typeNotes(0, words.decision(), ".").addDecision(words.decision(), words.opening())
                    .addAction(words.action(), FIRST, firstPerson, "2031-06-30", 1).save();
            minutes.circulate();
            assertThat(minutes.state()).isEqualTo(labels.text("MinutesState.CIRCULATED"));
            shot("minutes-circulated");
            assertThat(minutes.text()).contains(firstPerson, secondPerson, words.decision(), words.action());

            // --- round 1: the first delegation approves, the second comments ---
            signInAs(firstDelegate);
            minutes = MinutesPage.open(driver, base, minutesId).approve();
            assertPageLanguage();
            assertThat(minutes.pageMessages()).contains(labels.text("minutes.approvedByYou"));
            signInAs(secondDelegate);
            minutes = MinutesPage.open(driver, base, minutesId).comment(words.opening(), words.comment());
            assertThat(minutes.roundText(0)).contains(labels.text("Answer.APPROVED"), labels.text("Answer.COMMENTED"),
                    words.comment());

            // --- the secretariat replies, revises and circulates again: round 2, both approve ---
            signInAs(secretariat);
            minutes = MinutesPage.open(driver, base, minutesId).reply(SECOND, words.reply());
            minutes.revise(words.comment());
            assertThat(minutes.state()).isEqualTo(labels.text("MinutesState.DRAFT"));
            minutes.typeNotes(0, null, " " + words.reply()).save().circulate();
            assertThat(minutes.roundHeadings()).contains(labels.format("minutes.roundTitle", 2));
            signInAs(firstDelegate);
            MinutesPage.open(driver, base, minutesId).approve();
            signInAs(secondDelegate);
            minutes = MinutesPage.open(driver, base, minutesId).approve();
            assertPageLanguage();

            // --- approved and frozen: the record, its hash, the PDF and the calendar file ---
            assertThat(minutes.state()).isEqualTo(labels.text("MinutesState.APPROVED"));
            shot("minutes-approved");
            String sha256 = minutes.sha256();
            assertThat(sha256).matches("[0-9a-f]{64}");
            HttpResponse<byte[]> canonical = download(minutes.downloadHref());
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.body())))
                    .isEqualTo(sha256);
            signInAs(secretariat);
            minutes = MinutesPage.open(driver, base, minutesId);
            assertThat(minutes.shows("draftForm")).as("approved minutes offer no form").isFalse();

            HttpResponse<byte[]> pdf = download(driver.findElement(By.id("downloadPdf")).getAttribute("href"));
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            String pdfText = pdfText(pdf.body());
            assertThat(pdfText).contains(sha256, normalised(words.decision()), normalised(words.action()),
                    normalised(firstPerson));

            MeetingPage.open(driver, base, meetingId);
            HttpResponse<byte[]> ics = download(driver.findElement(By.cssSelector("a[id='calendarFile'], [id='calendarFile'] a")).getAttribute("href"));
            assertThat(ics.statusCode()).isEqualTo(200);
            Calendar calendar = new CalendarBuilder()
                    .build(new StringReader(new String(ics.body(), StandardCharsets.UTF_8)));
            VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
            assertThat(event.<Property>getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(title);
            assertThat(event.<Property>getProperty(Property.DTSTART).orElseThrow().getValue())
                    .isEqualTo("20310317T093000");
            assertThat(event.<Property>getProperty(Property.DTSTART).orElseThrow().toString())
                    .contains("TZID=Europe/Paris");
            assertThat(event.<Property>getProperty(Property.LOCATION).orElseThrow().getValue()).contains("Lyon");
            // the timed agenda, in the run's language (the people have no e-mail address, so no ATTENDEE lines)
            assertThat(event.<Property>getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                    .contains(words.opening(), words.exchange());
            assertThat(Browser.consoleErrors(driver)).isEmpty();
            driver.get(base + "meetings/list.xhtml");
            Browser.awaitQuiet(driver);
            assertPageLanguage();
            shot("meetings-list");
        } finally {
            driver.quit();
        }
    }

    /** A screenshot of the page as it is, named by language ({@code -Dscreenshots=true} writes docs/screenshots). */
    private void shot(String page) {
        Browser.screenshot(driver, language + "-" + page);
    }

    /** A user just made on the user page, with the one-time password it showed. */
    private record NewUser(String username, String oneTime) {
    }

    /** On the user page, as the administrator (signed in): creates the user and answers the one-time password. */
    private NewUser makeUser(String prefix, String roleLabel, String organisation) {
        String username = (prefix + "-" + language + "-" + UUID.randomUUID().toString().substring(0, 6));
        String oneTime = UserPages.openNew(driver, base).create(username, "Journey " + prefix, roleLabel,
                organisation);
        assertPageLanguage();
        return new NewUser(username, oneTime);
    }

    /** The user signs in with the one-time password and chooses their own, and stays signed in. */
    private String choosePassword(NewUser user) {
        TestAccounts.signIn(driver, base, user.username(), user.oneTime());
        new SignInPage(driver).changePassword(user.oneTime(), TestAccounts.USER_PASSWORD);
        return user.username();
    }

    private void signInAs(String username) {
        TestAccounts.signIn(driver, base, username, TestAccounts.USER_PASSWORD);
        assertSignedInAs(username);
    }

    private void assertSignedInAs(String username) {
        assertThat(SignInPage.signedInAs(driver)).as("signed in at %s: %s", driver.getCurrentUrl(),
                driver.findElement(By.tagName("body")).getText()).isEqualTo(username);
        assertPageLanguage();
    }

    /** The page is in the run's language: lang, direction, and the navigation's own words. */
    private void assertPageLanguage() {
        // Read in one script call rather than through an element reference, which a page replaced in between (the
        // address after a redirect) leaves pointing at a document that is gone.
        @SuppressWarnings("unchecked")
        List<String> langAndDir = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [document.documentElement.lang, document.documentElement.dir];");
        assertThat(langAndDir.get(0)).as("lang of " + driver.getCurrentUrl()).isEqualTo(language);
        assertThat(langAndDir.get(1)).as("dir of " + driver.getCurrentUrl())
                .isEqualTo("ar".equals(language) ? "rtl" : "ltr");
        if (!driver.findElements(By.id("navMeetings")).isEmpty()) {
            assertThat(driver.findElement(By.id("navMeetings")).getText()).isEqualTo(labels.text("nav.meetings"));
        }
    }

    /** A GET with the browser's cookies (its session and its language), the answer's bytes exactly as sent. */
    private HttpResponse<byte[]> download(String address) throws Exception {
        StringBuilder cookies = new StringBuilder();
        for (Cookie cookie : driver.manage().getCookies()) {
            cookies.append(cookies.length() == 0 ? "" : "; ").append(cookie.getName()).append('=')
                    .append(cookie.getValue());
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).header("Cookie", cookies.toString())
                .header("Accept-Language", language).timeout(Duration.ofSeconds(60)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The PDF's text as a reader's copy-and-paste gives it, Arabic presentation forms folded back to letters. */
    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalised(new PDFTextStripper().getText(document));
        }
    }

    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }

}
