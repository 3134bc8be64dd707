package org.dialogue.meetings.web.pages;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The edition form and the edition page with its priority axes. */
public class EditionPages {

    private final WebDriver driver;

    public EditionPages(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the form for a new edition; the number is proposed as the next one. */
    public static EditionPages openNew(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "editions/edit.xhtml");
        Browser.awaitQuiet(driver);
        return new EditionPages(driver);
    }

    /** Opens an existing edition's page. */
    public static EditionPages open(WebDriver driver, String baseUrl, long id) {
        driver.get(baseUrl + "editions/view.xhtml?id=" + id);
        Browser.awaitQuiet(driver);
        return new EditionPages(driver);
    }

    /** The edition's id, from the page's address. */
    public long id() {
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }

    /** The titles of the meetings the edition page lists. */
    public List<String> meetingTitles() {
        return driver.findElements(By.cssSelector("[id='editionMeetings'] a")).stream().map(WebElement::getText)
                .toList();
    }

    public EditionPages number(int number) {
        type("editionForm:number", String.valueOf(number));
        return this;
    }

    public EditionPages dates(String firstDay, String lastDay) {
        type("editionForm:plannedStart_input", firstDay);
        type("editionForm:plannedEnd_input", lastDay);
        return this;
    }

    public EditionPages venue(String city, String country) {
        type("editionForm:venueCity", city);
        type("editionForm:venueCountry", country);
        return this;
    }

    /** Saves and lands on the edition page. */
    public EditionPages save() {
        driver.findElement(By.id("editionForm:save")).click();
        try {
            Browser.waitUpTo(driver, 30)
                    .until(ExpectedConditions.urlContains("editions/view.xhtml"));
        } catch (org.openqa.selenium.TimeoutException notSaved) {
            throw new AssertionError("The edition was not saved: "
                    + driver.findElement(By.tagName("main")).getText(), notSaved);
        }
        Browser.awaitQuiet(driver);
        return this;
    }

    public EditionPages addPriorityAxis(String title) {
        type("axesForm:title", title);
        driver.findElement(By.id("axesForm:addAxis")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    public EditionPages moveAxisDown(int row) {
        driver.findElement(By.id("axesForm:axes:" + row + ":moveDown")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    public List<String> priorityAxes() {
        return driver.findElements(By.cssSelector("#axesForm\\:axes .axis-title")).stream().map(WebElement::getText)
                .toList();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String facts() {
        return driver.findElement(By.id("editionFacts")).getText();
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
