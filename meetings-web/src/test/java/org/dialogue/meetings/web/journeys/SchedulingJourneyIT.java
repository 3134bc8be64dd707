package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.pages.EditionPages;
import org.dialogue.meetings.web.pages.MeetingFormPage;
import org.dialogue.meetings.web.pages.MeetingListPage;
import org.dialogue.meetings.web.pages.MeetingPage;
import org.dialogue.meetings.web.pages.SignInPage;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/**
 * The organiser's journeys in a real browser (headless Chromium), on the WAR exactly as built, deployed on Payara
 * Micro. Each test starts from a page address, so the tests do not depend on one another's order.
 */
@ApplicationTest(noConsoleErrors = true)
class SchedulingJourneyIT {

    @ClassBrowser
    private static WebDriver driver;

    @ApplicationAddress
    private String base;

    /** The organiser's journeys are the secretariat's: each test starts signed in as a member of it. */
    @BeforeEach
    void signInAsSecretariat() {
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
    }

    @Test
    void anOrganiserSchedulesAMeetingAndFindsItInTheList() {
        String title = "Joint operational meeting on liaison officers " + UUID.randomUUID().toString().substring(0, 6);

        MeetingPage meeting = MeetingFormPage.openNew(driver, base)
                .fillRequired(title)
                .coOrganisers("EUROPOL", "INTERPOL")
                .save();

        assertThat(meeting.heading()).isEqualTo(title);
        assertThat(meeting.infoMessages()).contains("was saved");
        assertThat(meeting.when()).isEqualTo("Mar 17, 2031, 09:30 – 17:00 CET");
        assertThat(meeting.zone()).isEqualTo("Europe/Paris (UTC+01:00)");

        meeting.addAgendaItem("Opening and adoption of the agenda", 15)
                .addAgendaItem("Exchange of liaison officers", 60)
                .addAgendaItem("Sharing of criminal data", 45)
                .moveAgendaItemUp(2);
        assertThat(meeting.agendaTitles()).containsExactly("Opening and adoption of the agenda",
                "Sharing of criminal data", "Exchange of liaison officers");
        meeting.addParticipant("Amina Haddad", "AFRIPOL");
        assertThat(meeting.participantsText()).as(meeting.messages()).contains("Amina Haddad", "AFRIPOL", "Delegate");
        Browser.screenshot(driver, "meeting-page");

        MeetingListPage list = MeetingListPage.open(driver, base).filterByTitle(title);
        assertThat(list.titles()).containsExactly(title);
        Browser.screenshot(driver, "meetings-list");
        assertThat(list.openMeeting(title).agendaTitles()).hasSize(3);
    }

    @Test
    void aFormWithMissingAndWrongValuesExplainsEachProblemAndKeepsTheInput() {
        MeetingFormPage form = MeetingFormPage.openNew(driver, base)
                .title("Meeting with backwards times")
                .timeZone("Asia/Kolkata")
                .start("2031-05-04 10:00")
                .end("2031-05-04 09:00")
                .city("New Delhi")
                .saveExpectingErrors();

        assertThat(form.messages()).anyMatch(m -> m.contains("Country: a value is required."));

        form.country("India").start("4 May 2031, ten o'clock").saveExpectingErrors();
        assertThat(form.messages()).anyMatch(m -> m.startsWith("Starts: \"4 May 2031, ten o'clock\" is not a date"
                + " and time such as"));
        form.start("2031-05-04 10:00");

        form.saveExpectingErrors();
        assertThat(form.messages()).contains("The end must come after the start.");
        assertThat(driver.findElement(By.id("meetingForm:title")).getAttribute("value"))
                .isEqualTo("Meeting with backwards times");
    }

    @Test
    void anOrganiserRecordsAnEditionAndTheOrderOfItsPriorityAxes() {
        int number = 100 + (int) (Math.random() * 100_000);

        EditionPages edition = EditionPages.openNew(driver, base)
                .number(number)
                .dates("2032-04-20", "2032-04-22")
                .venue("Singapore", "Singapore")
                .save()
                .addPriorityAxis("Harmonisation of strategic planning")
                .addPriorityAxis("Streamlined access to information systems in the field")
                .moveAxisDown(0);

        assertThat(edition.heading()).isEqualTo("Edition " + number);
        assertThat(edition.facts()).contains("Apr 20, 2032 – Apr 22, 2032", "Singapore, Singapore", "Planned");
        driver.navigate().refresh();
        assertThat(edition.priorityAxes()).containsExactly("Streamlined access to information systems in the field",
                "Harmonisation of strategic planning");
    }

    @Test
    void twoOrganisersEditingTheSameMeetingNeverOverwriteEachOther() {
        String title = "Shared meeting " + UUID.randomUUID().toString().substring(0, 6);
        MeetingFormPage.openNew(driver, base).fillRequired(title).save();
        String editUrl = driver.getCurrentUrl().replace("meetings/view.xhtml", "meetings/edit.xhtml");
        driver.get(editUrl);
        MeetingFormPage first = new MeetingFormPage(driver);
        String firstWindow = driver.getWindowHandle();

        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(editUrl);
        new MeetingFormPage(driver).title(title + " (second organiser)").save();
        driver.close();
        driver.switchTo().window(firstWindow);
        first.title(title + " (first organiser)").saveExpectingErrors();

        assertThat(first.messages()).anyMatch(m -> m.startsWith("Someone else saved this meeting while you were"
                + " editing it."));
        assertThat(driver.findElement(By.id("meetingForm:title")).getAttribute("value"))
                .isEqualTo(title + " (first organiser)");
        assertThat(MeetingListPage.open(driver, base).filterByTitle(title).titles())
                .containsExactly(title + " (second organiser)");
    }

    @Test
    void aFormSubmittedAfterTheSessionEndedLeadsToTheSessionExpiredPageAndBackAfterSigningIn() {
        MeetingFormPage form = MeetingFormPage.openNew(driver, base).title("Left open overnight");
        String formAddress = driver.getCurrentUrl();
        // What a session ended by 30 idle minutes looks like to the server: a session id it no longer knows.
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.manage().addCookie(new Cookie("JSESSIONID", "ended" + session.getValue(), session.getPath()));

        form.saveExpectingErrors();

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your session has expired");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Exception").doesNotContain("at org.");
        driver.findElement(By.id("signInAgain")).click();
        Browser.awaitQuiet(driver);
        new SignInPage(driver).signIn(TestAccounts.ensureUsername(base, "Secretariat", null),
                TestAccounts.USER_PASSWORD);
        assertThat(driver.getCurrentUrl()).isEqualTo(formAddress);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Schedule a meeting");
    }

    @Test
    void everyAreaOfTheNavigationOpensItsPage() {
        driver.get(base);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        // The latest edition that set priorities: the reference data's second edition on a fresh database, or one that
        // another test has made since; HostileInputIT checks the dashboard shows its own edition's axis.
        assertThat(driver.findElement(By.id("priorityAxes")).getText()).isNotBlank();

        for (String[] area : new String[][] {{"navMeetings", "Meetings"}, {"navEditions", "Dialogue editions"},
                {"navOrganisations", "Organisations"}, {"navAgreements", "Cooperation agreements"}}) {
            driver.findElement(By.id(area[0])).click();
            Browser.awaitQuiet(driver);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(area[1]);
        }

        driver.findElement(By.id("navEditions")).click();
        assertThat(driver.findElement(By.id("editions")).getText()).contains("2019", "Held", "Planned");
        driver.findElement(By.id("navOrganisations")).click();
        driver.findElement(By.linkText("AMERIPOL")).click();
        assertThat(driver.findElement(By.id("organisationFacts")).getText())
                .contains("Community of Police Institutions of the Americas", "2007", "28", "19");
    }

    @Test
    void anUnknownMeetingShowsANotFoundPageNotAnError() {
        driver.get(base + "meetings/view.xhtml?id=987654321");
        assertThat(driver.findElement(By.id("notFound")).getText()).contains("does not exist");
        driver.get(base + "no-such-page.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        // The console reports the page's own 404, and nothing else.
        assertThat(Browser.consoleErrors(driver)).allMatch(m -> m.contains("no-such-page.xhtml") && m.contains("404"));
    }

}
