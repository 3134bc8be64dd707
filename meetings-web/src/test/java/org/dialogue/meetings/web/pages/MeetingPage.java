package org.dialogue.meetings.web.pages;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The meeting page: facts, agenda, participants. */
public class MeetingPage {

    private final WebDriver driver;

    public MeetingPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens a meeting's page by id (it may answer "not found"). */
    public static MeetingPage open(WebDriver driver, String baseUrl, long id) {
        driver.get(baseUrl + "meetings/view.xhtml?id=" + id);
        Browser.awaitQuiet(driver);
        return new MeetingPage(driver);
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The time line, on the venue's clock with its zone: "17 Mar 2031, 09:30 – 17:00 CET". */
    public String when() {
        return driver.findElement(By.id("meetingWhen")).getText();
    }

    public String zone() {
        return driver.findElement(By.id("meetingZone")).getText();
    }

    /** Who may read the meeting, with its explanation: "Restricted – the secretariat and ...". */
    public String classification() {
        return driver.findElement(By.id("meetingClassification")).getText();
    }

    /** The access list of a confidential meeting, as the secretariat sees it; empty when not shown. */
    public String accessList() {
        List<WebElement> list = driver.findElements(By.id("meetingAccessList"));
        return list.isEmpty() ? "" : list.get(0).getText();
    }

    /** The meeting's id, from the page's address. */
    public long id() {
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }

    /** The status shown in the facts ("Scheduled", "Cancelled"). */
    public String status() {
        return driver.findElement(By.id("meetingStatus")).getText();
    }

    public String infoMessages() {
        return driver.findElement(By.id("pageMessages")).getText();
    }

    public MeetingPage addAgendaItem(String title, int minutes) {
        type("agendaForm:itemTitle", title);
        type("agendaForm:plannedMinutes", String.valueOf(minutes));
        driver.findElement(By.id("agendaForm:addItem")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    /** Moves the agenda item at a 0-based row up one place, with its keyboard-reachable button. */
    public MeetingPage moveAgendaItemUp(int row) {
        driver.findElement(By.id("agendaForm:agenda:" + row + ":moveUp")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    public List<String> agendaTitles() {
        return driver.findElements(By.cssSelector("#agendaForm\\:agenda .agenda-title")).stream()
                .map(WebElement::getText).toList();
    }

    public MeetingPage addParticipant(String name, String organisationAcronym) {
        type("participantsForm:participantName", name);
        Browser.selectOne(driver, "participantsForm:organisation", null, organisationAcronym);
        driver.findElement(By.id("participantsForm:addParticipant")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    /** Messages of the page and of its forms. */
    public String messages() {
        return driver.findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b).strip();
    }

    public String participantsText() {
        return driver.findElement(By.id("participantsForm:participants")).getText();
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
