package org.dialogue.meetings.web.pages;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An organisation's page: its facts, people, agreements and meetings, and the form that edits its facts. */
public class OrganisationPage {

    private final WebDriver driver;

    public OrganisationPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the page of an organisation from the register, by its acronym. */
    public static OrganisationPage open(WebDriver driver, String baseUrl, String acronym) {
        driver.get(baseUrl + "organisations/list.xhtml");
        Browser.awaitQuiet(driver);
        driver.findElement(By.linkText(acronym)).click();
        Browser.awaitQuiet(driver);
        return new OrganisationPage(driver);
    }

    /** The titles of the meetings on the table's first page (newest first). */
    public List<String> meetingTitles() {
        return driver.findElements(By.cssSelector("[id='organisationMeetings'] td a")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens an organisation's page by id. */
    public static OrganisationPage open(WebDriver driver, String baseUrl, long id) {
        driver.get(baseUrl + "organisations/view.xhtml?id=" + id);
        Browser.awaitQuiet(driver);
        return new OrganisationPage(driver);
    }

    /** The organisation's id, from the page's address. */
    public long id() {
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String facts() {
        return driver.findElement(By.id("organisationFacts")).getText();
    }

    /** The messages of the page, its forms and its fields. */
    public String messages() {
        return driver.findElements(By.cssSelector(".ui-messages, .ui-message")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b).strip();
    }

    /** Whether the page offers to edit the organisation (the secretariat and administrators). */
    public boolean offersEdit() {
        return !driver.findElements(By.id("organisationActions:editOrganisation")).isEmpty();
    }

    /** Follows the edit button, changes the headquarters and the motto, and saves (back on this page). */
    public OrganisationPage edit(String headquarters, String motto) {
        driver.findElement(By.id("organisationActions:editOrganisation")).click();
        Browser.awaitQuiet(driver);
        type("organisationForm:headquarters", headquarters);
        type("organisationForm:motto", motto);
        driver.findElement(By.id("organisationForm:save")).click();
        Browser.awaitQuiet(driver);
        Browser.waitUpTo(driver, 10)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("organisationFacts")));
        return this;
    }

    /** The names of the organisation's people, in the table's order. */
    public List<String> people() {
        return driver.findElements(By.cssSelector("[id='peopleForm:people'] .person-name")).stream()
                .map(WebElement::getText).toList();
    }

    public String peopleText() {
        return driver.findElement(By.id("peopleForm:people")).getText();
    }

    /** Whether the page offers to add people (to those who maintain them). */
    public boolean offersAddPerson() {
        return !driver.findElements(By.id("peopleForm:addPerson")).isEmpty();
    }

    /** Adds a person in the dialog; language as the menu labels it ("French"), or null. */
    public OrganisationPage addPerson(String name, String function, String email, String language) {
        driver.findElement(By.id("peopleForm:addPerson")).click();
        fillPerson(name, function, email, language);
        return this;
    }

    /** Changes the person at a 0-based row of the table in the dialog. */
    public OrganisationPage editPerson(int row, String name, String function, String email, String language) {
        driver.findElement(By.id("peopleForm:people:" + row + ":editPerson")).click();
        fillPerson(name, function, email, language);
        return this;
    }

    /** Removes the person at a 0-based row, confirming in the dialog. */
    public OrganisationPage removePerson(int row) {
        driver.findElement(By.id("peopleForm:people:" + row + ":removePerson")).click();
        // Clicked only once the dialog is fully shown, as a person would (the layout's dialog no longer fades in: a
        // click during a fade-in left it open).
        Browser.waitUpTo(driver, 10).until(d -> "1".equals(
                d.findElement(By.cssSelector(".ui-confirm-dialog")).getCssValue("opacity")));
        Browser.waitUpTo(driver, 10)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        Browser.awaitQuiet(driver);
        Browser.waitUpTo(driver, 10)
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        return this;
    }

    /** Whether the person dialog is still open (it stays open, with the reasons, when refused). */
    public boolean personDialogOpen() {
        return driver.findElement(By.id("personDialog")).isDisplayed();
    }

    private void fillPerson(String name, String function, String email, String language) {
        Browser.awaitQuiet(driver);
        Browser.waitUpTo(driver, 10)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("personForm:name")));
        Browser.awaitFocusInDialog(driver);
        type("personForm:name", name);
        type("personForm:function", function == null ? "" : function);
        type("personForm:email", email == null ? "" : email);
        if (language != null) {
            Browser.selectOne(driver, "personForm:preferredLanguage", null, language);
        }
        driver.findElement(By.id("personForm:savePerson")).click();
        Browser.awaitQuiet(driver);
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
