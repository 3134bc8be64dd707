package org.dialogue.meetings.web.pages;

import java.time.Duration;
import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The search page, and the search box in the header of every page. */
public class SearchPage {

    private final WebDriver driver;

    public SearchPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Types the words into the header's search box and presses Enter. */
    public static SearchPage fromHeader(WebDriver driver, String words) {
        WebElement box = driver.findElement(By.id("headerSearchWords"));
        box.clear();
        box.sendKeys(words, Keys.ENTER);
        // Enter submits the header's form (GET): wait for the search page to replace this one, then for it to load.
        Browser.awaitGone(driver, box, Duration.ofSeconds(30));
        Browser.awaitQuiet(driver);
        return new SearchPage(driver);
    }

    /** Searches again with other words, from the page's own form. */
    public SearchPage searchFor(String words) {
        WebElement box = driver.findElement(By.id("searchForm:words"));
        box.clear();
        box.sendKeys(words);
        driver.findElement(By.id("searchForm:search")).click();
        // The search goes to its own address (bookmarkable): wait for it, not only for a quiet page, which the old
        // page still was when the navigation had not begun.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30), Browser.POLLING)
                .withMessage("the address of the search for " + words)
                .until(d -> d.getCurrentUrl().contains("q=" + java.net.URLEncoder.encode(words,
                        java.nio.charset.StandardCharsets.UTF_8)));
        Browser.awaitQuiet(driver);
        return this;
    }

    public boolean showsHint() {
        return !driver.findElements(By.id("searchHint")).isEmpty();
    }

    public String words() {
        return driver.findElement(By.id("searchForm:words")).getAttribute("value");
    }

    /** The table's message when nothing was found, or "" when there are results. */
    public String emptyMessage() {
        List<WebElement> empty = driver.findElements(By.cssSelector("[id='resultsForm:results'] .ui-datatable-empty-message"));
        return empty.isEmpty() ? "" : empty.get(0).getText();
    }

    public String resultsHeader() {
        return driver.findElement(By.id("resultsForm:results:found")).getText();
    }

    /** The links of the results on this page. */
    public List<String> resultLinks() {
        return driver.findElements(By.cssSelector("a.search-result-link")).stream()
                .map(link -> link.getAttribute("href")).toList();
    }
}
