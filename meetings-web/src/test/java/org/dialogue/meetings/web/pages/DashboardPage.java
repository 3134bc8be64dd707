package org.dialogue.meetings.web.pages;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The dashboard: upcoming meetings and the latest priority axes. */
public class DashboardPage {

    private final WebDriver driver;

    public DashboardPage(WebDriver driver) {
        this.driver = driver;
    }

    public static DashboardPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl);
        Browser.awaitQuiet(driver);
        return new DashboardPage(driver);
    }

    /** The titles of the upcoming meetings listed, soonest first. */
    public List<String> upcomingTitles() {
        return driver.findElements(By.cssSelector("[id='upcoming'] a")).stream().map(WebElement::getText).toList();
    }

    /** Whether the completion chart (axis or organisation) was drawn: its canvas has a size. */
    public boolean chartDrawn(String prefix) {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var c = document.querySelector('[id=\\'' + arguments[0] + 'Chart\\'] canvas');"
                        + " return c !== null && c.width > 0 && c.height > 0;", prefix);
    }

    /** The rows of the table beside a completion chart, as text: "label done inProgress open dropped percent". */
    public List<String> completionTable(String prefix) {
        return driver.findElements(By.cssSelector("[id='" + prefix + "Table'] tbody tr")).stream()
                .map(WebElement::getText).toList();
    }

    /** The titles of the delegate's organisation's open actions, listed first. */
    public List<String> myOpenActions() {
        return driver.findElements(By.cssSelector("[id='myOpenActions'] .action-title")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> overdueActions() {
        return driver.findElements(By.cssSelector("[id='overdue'] .action-title")).stream()
                .map(WebElement::getText).toList();
    }

    /** The ids of the dashboard's sections in page order. */
    public List<String> sectionOrder() {
        return driver.findElements(By.cssSelector("main section")).stream().map(e -> e.getAttribute("id"))
                .filter(id -> id != null && !id.isEmpty()).toList();
    }
}
