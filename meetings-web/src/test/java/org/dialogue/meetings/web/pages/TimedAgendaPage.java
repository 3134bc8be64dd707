package org.dialogue.meetings.web.pages;

import java.time.Duration;
import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The timed agenda of the meeting page: times, breaks, overrun marks, and reordering by drag and drop. */
public class TimedAgendaPage {

    private static final By ROWS = By.cssSelector("[id='agendaForm:agenda_data'] > tr");

    private final WebDriver driver;

    public TimedAgendaPage(WebDriver driver) {
        this.driver = driver;
    }

    /** The user's own time of the meeting (the "Your time" line); empty when not shown. */
    public String yourTime() {
        List<WebElement> line = driver.findElements(By.id("meetingYourTime"));
        return line.isEmpty() ? "" : line.get(0).getText();
    }

    /** Adds a break (or an item) of the given kind label through the add form. */
    public TimedAgendaPage add(String kindLabel, String title, int minutes) {
        Browser.selectOne(driver, "agendaForm:itemKind", null, kindLabel);
        type("agendaForm:itemTitle", title);
        type("agendaForm:plannedMinutes", String.valueOf(minutes));
        driver.findElement(By.id("agendaForm:addItem")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    /** Each row's time cell: "01:00–02:30", "02:30 CEST–02:00 CET"... */
    public List<String> times() {
        return driver.findElements(By.cssSelector("[id='agendaForm:agenda_data'] .agenda-time")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> titles() {
        return driver.findElements(By.cssSelector("[id='agendaForm:agenda_data'] .agenda-title")).stream()
                .map(WebElement::getText).toList();
    }

    /** For each row, whether it carries the "runs past the end" mark with its text. */
    public List<String> overrunMarks() {
        return driver.findElements(ROWS).stream()
                .map(row -> row.findElements(By.cssSelector(".agenda-overrun")).stream().map(WebElement::getText)
                        .findFirst().orElse(""))
                .toList();
    }

    /** For each row, the break label shown in its title cell (empty for an item). */
    public List<String> breakTags() {
        return driver.findElements(ROWS).stream()
                .map(row -> row.findElements(By.cssSelector(".agenda-break-tag")).stream().map(WebElement::getText)
                        .findFirst().orElse(""))
                .toList();
    }

    /**
     * Drags the row at {@code from} (0-based) onto the place of the row at {@code to}, in small steps as a hand does
     * (jQuery UI's sortable misses a single jump), and waits for the order to be saved.
     */
    public TimedAgendaPage drag(int from, int to) {
        dragOnly(from, to);
        Browser.waitUpTo(driver, 10)
                .until(d -> d.findElement(By.id("pageMessages")).getText()
                .contains("Agenda order saved"));
        return this;
    }

    /** Drags a row without expecting the move to be saved (a refusal is then in {@link #agendaMessages()}). */
    public TimedAgendaPage dragOnly(int from, int to) {
        List<WebElement> rows = driver.findElements(ROWS);
        WebElement source = rows.get(from).findElement(By.cssSelector(".agenda-title"));
        WebElement target = rows.get(to);
        int distance = target.getLocation().getY() - rows.get(from).getLocation().getY();
        int step = distance > 0 ? 5 : -5;
        Actions hand = new Actions(driver).clickAndHold(source).pause(Duration.ofMillis(200));
        for (int moved = 0; Math.abs(moved) < Math.abs(distance) + Math.abs(step) * 3; moved += step) {
            hand.moveByOffset(0, step).pause(Duration.ofMillis(20));
        }
        hand.pause(Duration.ofMillis(200)).release().perform();
        Browser.awaitQuiet(driver);
        return this;
    }

    /** The messages at the top of the agenda form (refusals). */
    public String agendaMessages() {
        return driver.findElement(By.id("agendaForm:agendaMessages")).getText();
    }

    /** Moves a row down one place with its keyboard-reachable button. */
    public TimedAgendaPage moveDown(int row) {
        driver.findElement(By.id("agendaForm:agenda:" + row + ":moveDown")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
