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
}
