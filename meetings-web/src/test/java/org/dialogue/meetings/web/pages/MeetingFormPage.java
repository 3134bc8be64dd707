package org.dialogue.meetings.web.pages;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The meeting form (new or edit). */
public class MeetingFormPage {

    private final WebDriver driver;

    public MeetingFormPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens an empty form for a new meeting. {@code baseUrl} ends with a slash. */
    public static MeetingFormPage openNew(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "meetings/edit.xhtml");
        Browser.awaitQuiet(driver);
        return new MeetingFormPage(driver);
    }

    /** Fills every required field: the title given, a joint operational meeting in Lyon, Europe/Paris time. */
    public MeetingFormPage fillRequired(String title) {
        return title(title).timeZone("Europe/Paris").start("2031-03-17 09:30").end("2031-03-17 17:00")
                .city("Lyon").country("France");
    }

    public MeetingFormPage title(String title) {
        type("meetingForm:title", title);
        return this;
    }

    public MeetingFormPage start(String dateTime) {
        typeDate("meetingForm:start_input", dateTime);
        return this;
    }

    public MeetingFormPage end(String dateTime) {
        typeDate("meetingForm:end_input", dateTime);
        return this;
    }

    public MeetingFormPage city(String city) {
        type("meetingForm:venueCity", city);
        return this;
    }

    public MeetingFormPage country(String country) {
        type("meetingForm:venueCountry", country);
        return this;
    }

    /** Picks a time zone through the menu's filter, as a user would. */
    public MeetingFormPage timeZone(String zoneId) {
        Browser.selectOne(driver, "meetingForm:timeZone", zoneId, zoneId + " ");
        return this;
    }

    /** Ticks co-organising organisations by acronym in the checkbox menu. */
    public MeetingFormPage coOrganisers(String... acronyms) {
        driver.findElement(By.id("meetingForm:coOrganisers")).click();
        for (String acronym : acronyms) {
            By item = By.cssSelector("#meetingForm\\:coOrganisers_panel li[data-item-value] label");
            List<WebElement> labels = Browser.waitUpTo(driver, 10)
                    .until(ExpectedConditions.visibilityOfAllElementsLocatedBy(item));
            labels.stream().filter(l -> l.getText().startsWith(acronym + " ")).findFirst().orElseThrow().click();
        }
        driver.findElement(By.tagName("h1")).click(); // a click outside closes the menu
        return this;
    }

    /** Chooses who may read the meeting, by the start of the option's label ("Open", "Restricted", "Confidential"). */
    public MeetingFormPage classification(String label) {
        driver.findElements(By.cssSelector("[id='meetingForm:classification'] label")).stream()
                .filter(l -> l.getText().startsWith(label)).findFirst().orElseThrow().click();
        Browser.awaitQuiet(driver);
        return this;
    }

    /** Ticks users on a confidential meeting's access list, found by user name through the menu's filter. */
    public MeetingFormPage accessList(String... usernames) {
        Browser.waitUpTo(driver, 10)
                .until(ExpectedConditions.elementToBeClickable(By.id("meetingForm:accessUsers"))).click();
        for (String username : usernames) {
            WebElement filter = Browser.waitUpTo(driver, 10).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("meetingForm:accessUsers_filter")));
            filter.clear();
            filter.sendKeys(username);
            By item = By.cssSelector("[id='meetingForm:accessUsers_panel'] li[data-item-value] label");
            Browser.waitUpTo(driver, 10).until(d -> d.findElements(item).stream()
                    .filter(l -> l.isDisplayed() && l.getText().matches(".*\\(" + username + "[,)].*")).findFirst()
                    .map(l -> {
                        l.click();
                        return true;
                    }).orElse(false));
        }
        driver.findElement(By.tagName("h1")).click(); // a click outside closes the menu
        return this;
    }

    /** Saves and expects to land on the meeting page; fails with the form's messages if the save was refused. */
    public MeetingPage save() {
        driver.findElement(By.id("meetingForm:save")).click();
        Browser.waitUpTo(driver, 30)
                .until(d -> d.getCurrentUrl().contains("meetings/view.xhtml")
                || !messages().isEmpty());
        if (!driver.getCurrentUrl().contains("meetings/view.xhtml")) {
            Browser.screenshot(driver, "failed-meeting-save");
            throw new AssertionError("The meeting was not saved: " + messages());
        }
        Browser.awaitQuiet(driver);
        return new MeetingPage(driver);
    }

    /** Saves and expects the form to stay, with messages. */
    public MeetingFormPage saveExpectingErrors() {
        driver.findElement(By.id("meetingForm:save")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    /** The messages shown next to the fields and at the top of the form. */
    public List<String> messages() {
        return driver.findElements(By.cssSelector("#meetingForm .ui-message-error-detail, #meetingForm"
                + " .ui-message-error-summary, #meetingForm .ui-messages-error-summary")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void typeDate(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        input.sendKeys(Keys.TAB);
    }
}
