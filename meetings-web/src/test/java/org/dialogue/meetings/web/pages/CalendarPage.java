package org.dialogue.meetings.web.pages;

import java.time.LocalDate;
import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The calendar page (a PrimeFaces schedule, FullCalendar underneath). */
public class CalendarPage {

    private static final By EVENTS = By.cssSelector("#calendarForm\\:schedule .fc-event");

    private final WebDriver driver;

    public CalendarPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the month of the given day. */
    public static CalendarPage open(WebDriver driver, String baseUrl, LocalDate date) {
        driver.get(baseUrl + "calendar.xhtml?date=" + date);
        Browser.awaitQuiet(driver);
        CalendarPage page = new CalendarPage(driver);
        page.awaitEvents();
        return page;
    }

    /** The text of each event shown, in the order of the page. */
    public List<String> events() {
        return driver.findElements(EVENTS).stream().map(WebElement::getText).map(t -> t.replace('\n', ' '))
                .toList();
    }

    /** The events of one day of the month view. */
    public List<String> eventsOn(LocalDate day) {
        return driver.findElements(By.cssSelector("#calendarForm\\:schedule td.fc-daygrid-day[data-date='" + day
                + "'] .fc-event")).stream().map(WebElement::getText).map(t -> t.replace('\n', ' ')).toList();
    }

    public CalendarPage view(String name) {
        driver.findElement(By.cssSelector("#calendarForm\\:schedule .fc-" + name + "-button")).click();
        Browser.awaitQuiet(driver);
        awaitEvents();
        return this;
    }

    public CalendarPage filterByOrganisation(String acronym) {
        Browser.selectOne(driver, "calendarForm:organisation", null, acronym == null ? "Any" : acronym + " ");
        Browser.awaitQuiet(driver);
        awaitEvents();
        return this;
    }

    public CalendarPage filterByKind(String label) {
        Browser.selectOne(driver, "calendarForm:kind", null, label);
        Browser.awaitQuiet(driver);
        awaitEvents();
        return this;
    }

    /** The links of the list view, one per meeting: what a keyboard user tabs through. */
    public List<WebElement> listLinks() {
        return driver.findElements(By.cssSelector("#calendarForm\\:schedule .fc-list-event-title a[href]"));
    }

    /** Follows the event whose text contains the given words to the meeting page. */
    public MeetingPage openEvent(String words) {
        event(words).click();
        Browser.waitUpTo(driver, 20)
                .until(d -> d.getCurrentUrl().contains("meetings/view"));
        Browser.awaitQuiet(driver);
        return new MeetingPage(driver);
    }

    /**
     * Drags the event (month view) onto another day and waits for the answer. The mouse is played by the page's own
     * events (FullCalendar listens to mousedown, mousemove and mouseup): the WebDriver's native mouse would start the
     * browser's drag of a link, since each event is a link to its meeting.
     */
    public CalendarPage drag(String words, LocalDate toDay) {
        WebElement event = event(words);
        WebElement target = driver.findElement(By.cssSelector("#calendarForm\\:schedule td.fc-daygrid-day[data-date='"
                + toDay + "'] .fc-daygrid-day-frame"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const [source, target, done] = arguments;
                const from = source.getBoundingClientRect();
                const to = target.getBoundingClientRect();
                const x0 = from.left + 4, y0 = from.top + from.height / 2;
                const x1 = to.left + to.width / 2, y1 = to.top + to.height / 2;
                const fire = (element, type, x, y) => element.dispatchEvent(new MouseEvent(type, {bubbles: true,
                        cancelable: true, view: window, button: 0, buttons: type === 'mouseup' ? 0 : 1,
                        clientX: x, clientY: y, screenX: x, screenY: y}));
                fire(source, 'mousedown', x0, y0);
                let step = 0;
                const steps = 12;
                const move = () => {
                    step++;
                    const x = x0 + (x1 - x0) * step / steps, y = y0 + (y1 - y0) * step / steps;
                    fire(document.elementFromPoint(x, y) || document, 'mousemove', x, y);
                    if (step < steps) {
                        setTimeout(move, 30);
                    } else {
                        setTimeout(() => {
                            fire(document.elementFromPoint(x1, y1) || document, 'mouseup', x1, y1);
                            setTimeout(done, 200);
                        }, 100);
                    }
                };
                setTimeout(move, 50);
                """, event, target);
        Browser.awaitQuiet(driver);
        awaitEvents();
        return this;
    }

    /** What the calendar shows, for a failed assertion's description. */
    public String describe() {
        return "events " + events() + ", page " + driver.findElement(By.id("main")).getText();
    }

    /** The messages above the calendar (saved, refused). */
    public String messages() {
        return driver.findElements(By.cssSelector("#calendarForm .ui-messages, #pageMessages, .conflict-notice"))
                .stream().map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b).strip();
    }

    /** The link to the meeting that has the room, in the refusal. */
    public WebElement roomTakenLink() {
        return driver.findElement(By.cssSelector("[id$='otherMeeting']"));
    }

    private WebElement event(String words) {
        return Browser.waitUpTo(driver, 10)
                .until(d -> d.findElements(EVENTS).stream()
                .filter(e -> e.getText().contains(words)).findFirst().orElse(null));
    }

    private void awaitEvents() {
        Browser.waitUpTo(driver, 20).until(d -> !d.findElements(By.cssSelector(
                "#calendarForm\\:schedule .fc-view-harness")).isEmpty());
        // The events arrive by an Ajax request after the grid is drawn: wait until the calendar's event sources have
        // fetched (FullCalendar's own state, through the PrimeFaces widget), then until the answer is shown.
        Browser.waitUpTo(driver, 30)
                .until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var widget = window.PrimeFaces && Object.values(PrimeFaces.widgets).find(function (w) {"
                        + " return w && w.calendar && w.id === 'calendarForm:schedule'; });"
                        + " if (!widget) { return false; }"
                        + " var sources = widget.calendar.getEventSources();"
                        + " return sources.length > 0 && sources.every(function (s) {"
                        + " var state = s.internalEventSource; return state && state.fetchRange && !state.isFetching; });"));
        Browser.awaitQuiet(driver);
    }
}
