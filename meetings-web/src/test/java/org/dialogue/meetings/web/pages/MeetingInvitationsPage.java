package org.dialogue.meetings.web.pages;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The invitations part of the meeting page: invite controls, invitations with their replies, attendance. */
public class MeetingInvitationsPage {

    private static final String FORM = "invitationsForm";

    private final WebDriver driver;

    public MeetingInvitationsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static MeetingInvitationsPage open(WebDriver driver, String baseUrl, long meetingId) {
        MeetingPage.open(driver, baseUrl, meetingId);
        return new MeetingInvitationsPage(driver);
    }

    public MeetingInvitationsPage inviteOrganisation(String acronym) {
        Browser.selectOne(driver, FORM + ":organisationToInvite", null, acronym);
        click(FORM + ":inviteOrganisation");
        return this;
    }

    public MeetingInvitationsPage invitePerson(String acronym, String name) {
        Browser.selectOne(driver, FORM + ":personOrganisation", null, acronym);
        Browser.awaitQuiet(driver);
        Browser.selectOne(driver, FORM + ":personToInvite", null, name);
        click(FORM + ":invitePerson");
        return this;
    }

    /** "Amina X | AFRIPOL | No reply yet | ..." per invitation, in the table's order. */
    public List<String> invitations() {
        return rows("invitations").stream().map(WebElement::getText).toList();
    }

    /** The reply shown for a person ("Accepted", "No reply yet"). */
    public String reply(String person) {
        return cell("invitations", person, 2);
    }

    public String repliedBy(String person) {
        return cell("invitations", person, 3);
    }

    public boolean offersReplyFor(String person) {
        return !row("invitations", person).findElements(By.cssSelector("[id$=':accept']")).isEmpty();
    }

    /** Presses Accept, Decline or Tentative on a person's row. */
    public MeetingInvitationsPage replyFor(String person, String buttonSuffix) {
        row("invitations", person).findElement(By.cssSelector("[id$=':" + buttonSuffix + "']")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    public String attendance(String person) {
        return cell("attendance", person, 2);
    }

    public boolean offersAttendanceFor(String person) {
        return !row("attendance", person).findElements(By.cssSelector("[id$=':present']")).isEmpty();
    }

    /** Presses Present, Absent or Excused (button id suffix present/absent/excused) on a person's row. */
    public MeetingInvitationsPage recordAttendance(String person, String buttonSuffix) {
        row("attendance", person).findElement(By.cssSelector("[id$=':" + buttonSuffix + "']")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    /** The messages of the page and of the invitations form. */
    public String messages() {
        StringBuilder text = new StringBuilder();
        driver.findElements(By.id("pageMessages")).forEach(e -> text.append(e.getText()).append('\n'));
        driver.findElements(By.id(FORM + ":invitationMessages")).forEach(e -> text.append(e.getText()));
        return text.toString();
    }

    public String participants() {
        return driver.findElement(By.id("participantsForm")).getText();
    }

    private void click(String id) {
        driver.findElement(By.id(id)).click();
        Browser.awaitQuiet(driver);
    }

    private List<WebElement> rows(String table) {
        return driver.findElements(By.cssSelector("[id='" + FORM + ":" + table + "_data'] > tr[data-ri]"));
    }

    private WebElement row(String table, String person) {
        return rows(table).stream().filter(r -> r.findElements(By.tagName("td")).get(0).getText().equals(person))
                .findFirst().orElseThrow(() -> new AssertionError("No row for " + person + " in " + table));
    }

    private String cell(String table, String person, int column) {
        return row(table, person).findElements(By.tagName("td")).get(column).getText();
    }
}
