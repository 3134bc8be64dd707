package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.pages.MeetingFormPage;
import org.dialogue.meetings.web.pages.MeetingListPage;
import org.dialogue.meetings.web.pages.MeetingPage;
import org.dialogue.meetings.web.pages.ProfilePage;
import org.dialogue.meetings.web.pages.TimedAgendaPage;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/**
 * Issue 7, parts 2 and 3 in a real browser whose computer is in Singapore (Chromium started with TZ=Asia/Singapore):
 * the first sign-in stores the browser's zone, the profile page changes it, the meeting page shows the venue's time
 * and the user's own, and the timed agenda shows breaks, start and end times across the end of summer time in
 * Paris, the items past the end, and a drag-and-drop reorder that is saved.
 */
@ApplicationTest(browserTimeZone = TimeZonesJourneyIT.BROWSER_ZONE, noConsoleErrors = true)
class TimeZonesJourneyIT {

    static final String BROWSER_ZONE = "Asia/Singapore";

    @ClassBrowser
    private static WebDriver driver;

    @ApplicationAddress
    private String base;

    @Test
    void theFirstSignInTakesTheBrowsersZoneAndTheProfileChangesIt() {
        // A new user, made by the administrator, signs in for the first time from Singapore.
        String username = TestAccounts.create(driver, base, "Observer", "AFRIPOL");

        ProfilePage profile = ProfilePage.openFromHeader(driver);
        assertThat(profile.username()).isEqualTo(username);
        assertThat(profile.currentZone()).isEqualTo("Your time zone is now Asia/Singapore (UTC+08:00).");
        assertThat(profile.chosenZone()).startsWith("Asia/Singapore ");
        assertThat(driver.findElement(By.id("changePasswordLink")).getAttribute("href")).contains("account/password");

        profile.chooseZone("Pacific/Auckland");
        assertThat(profile.pageMessages()).contains("Your time zone is now Pacific/Auckland.");
        assertThat(profile.currentZone()).startsWith("Your time zone is now Pacific/Auckland (UTC+");
        Browser.screenshot(driver, "profile-time-zone");

        // Signing in again from the Singapore browser keeps the zone the user chose.
        TestAccounts.signIn(driver, base, username, TestAccounts.USER_PASSWORD);
        ProfilePage again = ProfilePage.openFromHeader(driver);
        assertThat(again.chosenZone()).startsWith("Pacific/Auckland ");
        assertThat(again.currentZone()).startsWith("Your time zone is now Pacific/Auckland (UTC+");
    }

    @Test
    void theMeetingPageShowsBothTimesTheTimedAgendaAndADraggedOrderThatIsSaved() {
        TestAccounts.create(driver, base, "Secretariat", null); // a new secretariat member, in Singapore
        String title = "Night exercise " + UUID.randomUUID().toString().substring(0, 6);
        // In Paris, across the end of summer time: 31 Oct 2027 01:00 CEST to 04:00 CET is four hours.
        MeetingFormPage form = MeetingFormPage.openNew(driver, base).title(title).timeZone("Europe/Paris")
                .start("2027-10-31 01:00").end("2027-10-31 04:00").city("Lyon").country("France");
        driver.findElement(By.id("meetingForm:venueRoom")).sendKeys("Room " + UUID.randomUUID());
        MeetingPage meeting = form.save();
        assertThat(meeting.heading()).isEqualTo(title);
        long id = meeting.id();

        // The venue's time with its zone, and the user's own beside it, labelled as theirs.
        TimedAgendaPage agenda = new TimedAgendaPage(driver);
        assertThat(meeting.when()).isEqualTo("Oct 31, 2027, 01:00 CEST – Oct 31, 2027, 04:00 CET");
        assertThat(meeting.zone()).startsWith("Europe/Paris (UTC+");
        assertThat(agenda.yourTime()).isEqualTo("07:00 – 11:00 Asia/Singapore");
        assertThat(driver.findElement(By.id("meetingFacts")).getText()).contains("Your time");

        meeting.addAgendaItem("Briefing", 90);
        agenda.add("Break", "Coffee", 30);
        meeting.addAgendaItem("Night phase", 60);
        meeting.addAgendaItem("Debriefing", 90);

        assertThat(agenda.titles()).containsExactly("Briefing", "Coffee", "Night phase", "Debriefing");
        assertThat(agenda.times()).containsExactly("01:00–02:30", "02:30 CEST–02:00 CET", "02:00–03:00 CET",
                "03:00–04:30 CET");
        assertThat(agenda.breakTags()).containsExactly("", "Break", "", "");
        assertThat(agenda.overrunMarks()).containsExactly("", "", "", "Runs past the end of the meeting");
        Browser.screenshot(driver, "timed-agenda");

        // The debriefing is dragged to the top: saved at once, and still there after a reload.
        agenda.drag(3, 0);
        assertThat(agenda.titles()).containsExactly("Debriefing", "Briefing", "Coffee", "Night phase");
        MeetingPage.open(driver, base, id);
        TimedAgendaPage reloaded = new TimedAgendaPage(driver);
        assertThat(reloaded.titles()).containsExactly("Debriefing", "Briefing", "Coffee", "Night phase");
        assertThat(reloaded.times()).containsExactly("01:00–02:30", "02:30 CEST–03:00 CET", "03:00–03:30 CET",
                "03:30–04:30 CET");
        assertThat(reloaded.overrunMarks()).containsExactly("", "", "", "Runs past the end of the meeting");

        // Meanwhile, in another tab, the briefing goes first; the drag on this outdated page is then refused, said
        // so, and the agenda shown again as saved.
        String thisTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        MeetingPage.open(driver, base, id);
        new TimedAgendaPage(driver).moveDown(0);
        assertThat(new TimedAgendaPage(driver).titles()).containsExactly("Briefing", "Debriefing", "Coffee",
                "Night phase");
        driver.close();
        driver.switchTo().window(thisTab);
        reloaded.dragOnly(3, 0);
        assertThat(reloaded.agendaMessages()).contains("Someone else changed this meeting meanwhile, so your move was"
                + " not saved.");
        assertThat(reloaded.titles()).containsExactly("Briefing", "Debriefing", "Coffee", "Night phase");

        // The meeting list shows both times too.
        MeetingListPage.open(driver, base).filterByTitle(title);
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Oct 31, 2027, 01:00 Europe/Paris · your time: 07:00 Asia/Singapore");
    }

}
