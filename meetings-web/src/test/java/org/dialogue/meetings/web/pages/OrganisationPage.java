package org.dialogue.meetings.web.pages;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** An organisation's page: its facts, agreements and meetings. */
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
}
