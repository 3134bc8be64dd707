package org.dialogue.meetings.web.pages;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The administrator's audit trail: filters above, entries newest first. */
public class AuditTrailPage {

    /** One entry as the table shows it. */
    public record Entry(String when, String actor, String action, String record, String changes) {
    }

    private final WebDriver driver;

    public AuditTrailPage(WebDriver driver) {
        this.driver = driver;
    }

    public static AuditTrailPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "admin/audit.xhtml");
        Browser.awaitQuiet(driver);
        return new AuditTrailPage(driver);
    }

    public AuditTrailPage actor(String username) {
        type("auditForm:actor", username);
        return this;
    }

    /** Chooses a kind of record as the menu labels it ("Meeting", "User"). */
    public AuditTrailPage recordKind(String label) {
        Browser.selectOne(driver, "auditForm:recordKind", null, label);
        return this;
    }

    public AuditTrailPage recordId(String id) {
        type("auditForm:recordId", id);
        return this;
    }

    /** Chooses an action as the menu labels it ("Changed", "User disabled"). */
    public AuditTrailPage action(String label) {
        Browser.selectOne(driver, "auditForm:action", null, label);
        return this;
    }

    /** Types a "from" date, yyyy-MM-dd (or anything else, to see it refused). */
    public AuditTrailPage from(String date) {
        typeDate("auditForm:from_input", date);
        return this;
    }

    public AuditTrailPage to(String date) {
        typeDate("auditForm:to_input", date);
        return this;
    }

    /** Applies the filters and waits for the table to reload (or for the messages, when the input was refused). */
    public AuditTrailPage filter() {
        String before = tableMarker();
        driver.findElement(By.id("auditForm:search")).click();
        Browser.awaitQuiet(driver);
        if (fieldMessages().isEmpty()) {
            // The table reloads in a second request once the filters were accepted.
            Browser.waitUpTo(driver, 20)
                    .until(d -> {
                        Browser.awaitQuiet(d);
                        return !tableMarker().equals(before) || !fieldMessages().isEmpty();
                    });
            Browser.awaitQuiet(driver);
        }
        return this;
    }

    /** Identifies the table's current rows: PrimeFaces replaces them on each reload, even with the same content. */
    private String tableMarker() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "var row = document.querySelector(\"[id='auditForm:entries_data'] > tr\");"
                        + " if (!row) { return 'none'; }"
                        + " if (!row.dataset.seen) { row.dataset.seen = String(Math.random()); }"
                        + " return row.dataset.seen;"));
    }

    /** How many entries the paginator counts for the filters applied (over all pages). */
    public long totalRecords() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return PF('auditTable').paginator.cfg.rowCount;");
    }

    public List<Entry> entries() {
        return driver.findElements(By.cssSelector("[id='auditForm:entries_data'] > tr[data-ri]")).stream()
                .map(row -> {
                    List<WebElement> cells = row.findElements(By.tagName("td"));
                    return new Entry(cells.get(0).getText(), cells.get(1).getText(), cells.get(2).getText(),
                            cells.get(3).getText(), cells.get(4).getText());
                })
                .toList();
    }

    /** The link of an entry's record, or null when the record kind has no page. */
    public String recordLink(int row) {
        List<WebElement> links = driver.findElements(
                By.cssSelector("[id='auditForm:entries_data'] > tr[data-ri='" + row + "'] a.audit-record"));
        return links.isEmpty() ? null : links.get(0).getAttribute("href");
    }

    /** The message shown beside a filter field ("recordId", "to"), or an empty string. */
    public String messageAt(String field) {
        List<WebElement> message = driver.findElements(By.cssSelector(
                "[id='auditForm:filters'] .field:has([id='auditForm:" + field + "']) .ui-message"));
        return message.stream().map(WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse("");
    }

    public List<String> fieldMessages() {
        return driver.findElements(By.cssSelector("[id='auditForm:filters'] .ui-message-error")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    /**
     * The ids of the elements the Tab key reaches, starting at the first filter (an element without id is given by
     * the end of its link's address, or its text).
     */
    public List<String> focusOrderFromTheFirstFilter(int steps) {
        driver.findElement(By.id("auditForm:actor")).click();
        List<String> reached = new java.util.ArrayList<>();
        reached.add(focused());
        for (int i = 1; i < steps; i++) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
            reached.add(focused());
        }
        return reached;
    }

    private String focused() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("var e = document.activeElement;"
                + " return e.id ? e.id : (e.closest('[id]') ? e.closest('[id]').id : e.textContent.trim());"));
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void typeDate(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
        input.sendKeys(Keys.TAB);
    }
}
