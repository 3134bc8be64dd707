package org.dialogue.meetings.web.pages;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The meetings list with its column filters. */
public class MeetingListPage {

    private final WebDriver driver;

    public MeetingListPage(WebDriver driver) {
        this.driver = driver;
    }

    public static MeetingListPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "meetings/list.xhtml");
        Browser.awaitQuiet(driver);
        return new MeetingListPage(driver);
    }

    /** Types in the title column's filter and waits for the table to show only matching rows. */
    public MeetingListPage filterByTitle(String text) {
        WebElement filter = driver.findElement(By.id("meetingsForm:meetings:titleColumn:filter"));
        filter.clear();
        filter.sendKeys(text);
        // The filter's request starts after a short delay: rows read just before it may be replaced while read.
        Browser.waitUpTo(driver, 15).until(d -> {
            Browser.awaitQuiet(d);
            List<String> titles = titles();
            return !titles.isEmpty() && titles.stream().allMatch(t -> t.contains(text));
        });
        return this;
    }

    /** Chooses an organisation in the filter above the table and waits for the table to reload. */
    public MeetingListPage filterByOrganisation(String acronym) {
        Browser.selectOne(driver, "meetingsForm:organisation", null, acronym);
        Browser.awaitQuiet(driver);
        return this;
    }

    /** How many meetings the paginator counts for the current filters (over all pages). */
    public long totalRecords() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return PF('meetingsTable').paginator.cfg.rowCount;");
    }

    /** The titles shown; read again when a late filter request replaces the rows while they are read. */
    public List<String> titles() {
        return Browser.waitUpTo(driver, 10)
                .until(d -> d.findElements(By.cssSelector("#meetingsForm\\:meetings a.meeting-link")).stream()
                        .map(WebElement::getText).toList());
    }

    public MeetingPage openMeeting(String title) {
        driver.findElement(By.linkText(title)).click();
        Browser.awaitQuiet(driver);
        return new MeetingPage(driver);
    }
}
