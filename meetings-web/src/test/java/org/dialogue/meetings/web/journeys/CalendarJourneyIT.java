package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.fixtures.CalendarJourneyFixtureServlet;
import org.dialogue.meetings.web.pages.CalendarPage;
import org.dialogue.meetings.web.pages.MeetingFormPage;
import org.dialogue.meetings.web.pages.MeetingPage;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The calendar and the conflicts in a real browser: month, week and list views, the filters, an event that opens its
 * meeting, a drag that reschedules and one that the room's other meeting refuses (shown, with a link to that
 * meeting, and put back), a copy of a meeting to a new date, and the meeting form's room conflict. Each test makes
 * its own two meetings (see {@link CalendarJourneyFixtureServlet}) in a month of its own, far in the future.
 */
@ApplicationTest(noConsoleErrors = true)
class CalendarJourneyIT {

    @ClassBrowser
    private static WebDriver driver;

    @ApplicationAddress
    private String base;

    /** The two meetings: A on the Wednesday, B on the Monday before, in the same room. */
    record Fixture(long a, long b, String run, LocalDate monday) {
        String titleA() {
            return "Cal A " + run;
        }

        String titleB() {
            return "Cal B " + run;
        }
    }

    @BeforeEach
    void signInAsSecretariat() {
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
    }

    @Test
    void theSecretariatSeesFiltersOpensAndDragsMeetingsOnTheCalendar() {
        Fixture f = fixture();
        Browser.consoleErrors(driver);

        // Month view: both meetings, each with the venue's time and zone.
        CalendarPage calendar = CalendarPage.open(driver, base, f.monday());
        assertThat(calendar.eventsOn(f.monday())).singleElement().asString().contains(f.titleB(), "09:30 – 10:30",
                "Hall " + f.run());
        assertThat(calendar.eventsOn(f.monday().plusDays(2))).singleElement().asString().contains(f.titleA(),
                "09:00 – 11:00");
        assertThat(String.join(" ", calendar.events())).containsPattern("09:00 – 11:00 CES?T");
        Browser.screenshot(driver, "calendar");

        // The filters, by organisation and by kind.
        assertThat(String.join(" ", calendar.filterByOrganisation("EUROPOL").events())).contains(f.titleB())
                .doesNotContain(f.titleA());
        calendar.filterByOrganisation(null);
        assertThat(String.join(" ", calendar.filterByKind("Joint operational meeting").events()))
                .contains(f.titleA()).doesNotContain(f.titleB());
        calendar.filterByKind("Any");
        assertThat(String.join(" ", calendar.events())).contains(f.titleA(), f.titleB());

        // The week and the list views; the list's links reach every meeting from the keyboard.
        assertThat(String.join(" ", calendar.view("timeGridWeek").events())).contains(f.titleA(), f.titleB());
        calendar.view("listMonth");
        assertThat(calendar.listLinks()).extracting(e -> e.getText()).anyMatch(t -> t.contains(f.titleA()))
                .anyMatch(t -> t.contains(f.titleB()));
        assertThat(calendar.listLinks()).allMatch(link -> link.getAttribute("href").contains("meetings/view.xhtml?id="));

        // A click opens the meeting.
        MeetingPage meeting = calendar.openEvent(f.titleA());
        assertThat(meeting.heading()).isEqualTo(f.titleA());
        assertThat(meeting.id()).isEqualTo(f.a());

        // A drag to the Tuesday is saved at the same venue time; a drag onto A's day is refused and put back.
        calendar = CalendarPage.open(driver, base, f.monday()).drag(f.titleB(), f.monday().plusDays(1));
        assertThat(calendar.messages()).as(calendar.describe()).contains("now takes place");
        assertThat(calendar.eventsOn(f.monday().plusDays(1))).singleElement().asString().contains(f.titleB(),
                "09:30 – 10:30");
        assertThat(calendar.eventsOn(f.monday())).isEmpty();

        calendar.drag(f.titleB(), f.monday().plusDays(2));
        assertThat(calendar.messages()).contains("is already taken", f.titleA());
        assertThat(calendar.eventsOn(f.monday().plusDays(1))).singleElement().asString().contains(f.titleB());
        assertThat(calendar.eventsOn(f.monday().plusDays(2))).singleElement().asString().contains(f.titleA());
        calendar.roomTakenLink().click();
        awaitAddress("id=" + f.a(), "calendar-conflict-link");
        assertThat(new MeetingPage(driver).heading()).isEqualTo(f.titleA());
        // What the calendar showed is what was stored.
        assertThat(MeetingPage.open(driver, base, f.b()).when()).contains("09:30 – 10:30")
                .contains(String.valueOf(f.monday().plusDays(1).getDayOfMonth()));
    }

    @Test
    void aMeetingIsCopiedToANewDateAndAFormThatTakesItsRoomLinksToIt() {
        Fixture f = fixture();
        Browser.consoleErrors(driver);
        LocalDate nextWeek = f.monday().plusDays(9);

        // The copy: the meeting's page, a new date, then the copy's form.
        MeetingPage.open(driver, base, f.a());
        driver.findElement(By.id("copyMeeting")).click();
        Browser.waitUpTo(driver, 10).until(d -> d.findElement(
                By.id("copyMeetingForm:copyDate_input")).isDisplayed());
        var date = driver.findElement(By.id("copyMeetingForm:copyDate_input"));
        date.click();
        date.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), nextWeek.toString());
        date.sendKeys(org.openqa.selenium.Keys.TAB);
        driver.findElement(By.id("copyMeetingForm:copySubmit")).click();
        awaitAddress("meetings/edit.xhtml", "copy");
        Browser.awaitQuiet(driver);
        assertThat(driver.findElement(By.id("pageMessages")).getText()).contains("A copy of \"" + f.titleA() + "\"");
        assertThat(driver.findElement(By.id("meetingForm:title")).getAttribute("value")).isEqualTo(f.titleA());
        assertThat(driver.findElement(By.id("meetingForm:start_input")).getAttribute("value"))
                .isEqualTo(nextWeek + " 09:00");

        // A new meeting in the same room at A's time: refused, naming A with a working link.
        MeetingFormPage form = MeetingFormPage.openNew(driver, base).fillRequired("Clash " + f.run())
                .start(f.monday().plusDays(2) + " 10:00").end(f.monday().plusDays(2) + " 12:00");
        type("meetingForm:venueName", "HALL " + f.run());
        type("meetingForm:venueRoom", "room 1");
        form.saveExpectingErrors();
        assertThat(form.messages()).anyMatch(m -> m.contains("is already taken") && m.contains(f.titleA()));
        driver.findElement(By.id("meetingForm:otherMeeting")).click();
        awaitAddress("id=" + f.a(), "form-conflict-link");
        assertThat(new MeetingPage(driver).heading()).isEqualTo(f.titleA());
    }

    // --- helpers ---

    private Fixture fixture() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        // A Monday in the second week of a month of its own, far ahead: nothing else is in its room or on its days.
        LocalDate month = LocalDate.of(2041 + ThreadLocalRandom.current().nextInt(40),
                1 + ThreadLocalRandom.current().nextInt(12), 8);
        LocalDate monday = month.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        driver.get(base + "it-fixtures/calendar-journey?run=" + run + "&monday=" + monday);
        String[] ids = driver.findElement(By.tagName("body")).getText().strip().split(" ");
        return new Fixture(Long.parseLong(ids[0]), Long.parseLong(ids[1]), run, monday);
    }

    /** Waits for the browser to reach an address; on failure, says what the page showed and saves a screenshot. */
    private void awaitAddress(String part, String step) {
        try {
            Browser.waitUpTo(driver, 20)
                    .until(d -> d.getCurrentUrl().contains(part));
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(driver, "failed-calendar-" + step);
            throw new AssertionError("Not at " + part + " after " + step + ", still at " + driver.getCurrentUrl()
                    + ", showing: " + driver.findElement(By.tagName("body")).getText(), e);
        }
        Browser.awaitQuiet(driver);
    }

    private void type(String id, String text) {
        var input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

}
