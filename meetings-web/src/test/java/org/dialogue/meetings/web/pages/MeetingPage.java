package org.dialogue.meetings.web.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

    /** Adds a new person of the organisation to its delegation, as a delegate (the meeting page's "New person"). */
    public MeetingPage addParticipant(String name, String organisationAcronym) {
        return addNewPerson(organisationAcronym, name, null, null);
    }

    /**
     * Records a new person of the organisation and adds them to its delegation in one step, from the dialog of the
     * meeting page; {@code function} and {@code roleLabel} may be null (none, and "Delegate").
     */
    public MeetingPage addNewPerson(String organisationAcronym, String name, String function, String roleLabel) {
        driver.findElement(By.id("participantsForm:newPerson")).click();
        Browser.awaitQuiet(driver);
        Browser.waitUpTo(driver, 10)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("newParticipantForm:name")));
        Browser.awaitFocusInDialog(driver);
        Browser.selectOne(driver, "newParticipantForm:newOrganisation", null, organisationAcronym);
        if (roleLabel != null) {
            Browser.selectOne(driver, "newParticipantForm:newRole", null, roleLabel);
        }
        type("newParticipantForm:name", name);
        if (function != null) {
            type("newParticipantForm:function", function);
        }
        driver.findElement(By.id("newParticipantForm:addNewPerson")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    /** In the new-person dialog left open by a refusal: chooses another role and submits again. */
    public MeetingPage retryNewPersonAs(String roleLabel) {
        Browser.selectOne(driver, "newParticipantForm:newRole", null, roleLabel);
        driver.findElement(By.id("newParticipantForm:addNewPerson")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    /** Whether the new-person dialog is still open (it stays open, with the reasons, when refused). */
    public boolean newPersonDialogOpen() {
        return driver.findElement(By.id("newParticipantDialog")).isDisplayed();
    }

    /** Adds one of the organisation's people to its delegation, in a role as the menu labels it. */
    public MeetingPage choosePerson(String organisationAcronym, String personName, String roleLabel) {
        Browser.selectOne(driver, "participantsForm:organisation", null, organisationAcronym);
        Browser.awaitQuiet(driver);
        Browser.selectOne(driver, "participantsForm:personId", null, personName);
        Browser.selectOne(driver, "participantsForm:role", null, roleLabel);
        driver.findElement(By.id("participantsForm:addParticipant")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    /** The organisations whose delegations the page shows, in order. */
    public List<String> delegations() {
        return driver.findElements(By.cssSelector("#participantsForm .delegation-heading a")).stream()
                .map(WebElement::getText).toList();
    }

    /** One delegation's text (names and roles), empty when the organisation has none. */
    public String delegationText(String organisationAcronym) {
        return driver.findElements(By.cssSelector("#participantsForm .delegation")).stream()
                .filter(d -> d.findElement(By.cssSelector(".delegation-heading a")).getText()
                        .equals(organisationAcronym))
                .map(WebElement::getText).findFirst().orElse("");
    }

    /** Opens the edit dialog of the agenda item at a 0-based row, changes its title and duration, and saves. */
    public MeetingPage editAgendaItem(int row, String title, int minutes) {
        driver.findElement(By.id("agendaForm:agenda:" + row + ":editItem")).click();
        Browser.awaitQuiet(driver);
        Browser.waitUpTo(driver, 10)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("agendaItemForm:title")));
        Browser.awaitFocusInDialog(driver);
        type("agendaItemForm:title", title);
        type("agendaItemForm:plannedMinutes", String.valueOf(minutes));
        driver.findElement(By.id("agendaItemForm:saveItem")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    /** Opens the edit dialog of the agenda item at a 0-based row and reads its planned minutes, then closes it. */
    public String agendaItemMinutes(int row) {
        driver.findElement(By.id("agendaForm:agenda:" + row + ":editItem")).click();
        Browser.awaitQuiet(driver);
        WebElement minutes = Browser.waitUpTo(driver, 10)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("agendaItemForm:plannedMinutes")));
        String value = minutes.getAttribute("value");
        driver.findElement(By.id("agendaItemForm:cancelItem")).click();
        Browser.waitUpTo(driver, 10)
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("agendaItemForm:plannedMinutes")));
        return value;
    }

    /** Messages of the page and of its forms. */
    public String messages() {
        return driver.findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b).strip();
    }

    /** The participants, as delegations: organisation, then names and roles. */
    public String participantsText() {
        return driver.findElements(By.cssSelector("#participantsForm .delegation")).stream()
                .map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b).strip();
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * The fields of the page's "add an agenda item" form for a plain item of five minutes, as its button posts them,
     * for tests that post the form over HTTP ({@code HttpVisitor.submit}).
     */
    public static Map<String, String> agendaItemFields(String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("agendaForm:itemKind_input", "ITEM");
        fields.put("agendaForm:itemTitle", title);
        fields.put("agendaForm:plannedMinutes", "5");
        fields.put("agendaForm:itemPresenterId_input", "");
        fields.put("agendaForm:itemNotes", "");
        return fields;
    }
}
