package org.dialogue.meetings.web.pages;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The follow-up actions list, its filters and the status dialog with the history. */
public class ActionListPage {

    private static final String TABLE = "#actionsForm\\:actions";

    private final WebDriver driver;

    public ActionListPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the list, with view parameters such as "edition=12" (or none). */
    public static ActionListPage open(WebDriver driver, String baseUrl, String query) {
        driver.get(baseUrl + "actions/list.xhtml" + (query == null ? "" : "?" + query));
        Browser.awaitQuiet(driver);
        return new ActionListPage(driver);
    }

    /** One row as shown: title, owner, due (with the overdue mark in words), status, and whether it may be updated. */
    public record Row(String title, String owner, String due, String status, boolean updatable) {
    }

    public List<Row> rows() {
        return Browser.waitUpTo(driver, 10)
                .until(d -> d.findElements(By.cssSelector(TABLE + " tbody tr")).stream()
                        .filter(tr -> !tr.findElements(By.cssSelector(".action-title")).isEmpty())
                        .map(tr -> {
                            List<WebElement> cells = tr.findElements(By.tagName("td"));
                            return new Row(cells.get(0).getText(), cells.get(1).getText(), cells.get(3).getText(),
                                    cells.get(4).getText(), !tr.findElements(By.cssSelector("[id$=':updateStatus']"))
                                    .isEmpty());
                        }).toList());
    }

    public List<String> titles() {
        return rows().stream().map(Row::title).toList();
    }

    public ActionListPage filterByOwner(String acronym) {
        Browser.selectOne(driver, "actionsForm:organisation", null, acronym);
        return reloaded();
    }

    public ActionListPage filterByStatus(String label) {
        Browser.selectOne(driver, "actionsForm:status", null, label);
        return reloaded();
    }

    public ActionListPage toggleOverdueOnly() {
        driver.findElement(By.cssSelector("[id='actionsForm:overdue'] .ui-chkbox-box")).click();
        return reloaded();
    }

    /** Opens the status dialog of the row with that title (the "Update status" button). */
    public ActionListPage openUpdate(String title) {
        rowOf(title).findElement(By.cssSelector("[id$=':updateStatus']")).click();
        awaitDialog();
        return this;
    }

    /** Opens the dialog of the row with that title read-only (the "History" button). */
    public ActionListPage openHistory(String title) {
        rowOf(title).findElement(By.cssSelector("[id$=':history']")).click();
        awaitDialog();
        return this;
    }

    /** In the open dialog: chooses the status, writes the note and saves. */
    public ActionListPage updateStatus(String statusLabel, String note) {
        Browser.selectOne(driver, "statusForm:status", null, statusLabel);
        WebElement text = driver.findElement(By.id("statusForm:note"));
        text.clear();
        text.sendKeys(note);
        driver.findElement(By.id("statusForm:saveStatus")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    /** The dialog's history rows, as text: "When Who From → To Note". */
    public List<String> history() {
        return driver.findElements(By.cssSelector("#statusForm\\:history tbody tr")).stream()
                .map(WebElement::getText).toList();
    }

    /** Whether the open dialog offers the status form. */
    public boolean dialogOffersUpdate() {
        return !driver.findElements(By.id("statusForm:saveStatus")).isEmpty();
    }

    public String dialogMessages() {
        return driver.findElement(By.id("statusForm")).findElement(By.cssSelector("[id='statusForm:statusMessages']"))
                .getText() + driver.findElement(By.id("statusForm:statusInfo")).getText();
    }

    private WebElement rowOf(String title) {
        return driver.findElements(By.cssSelector(TABLE + " tbody tr")).stream()
                .filter(tr -> tr.findElements(By.cssSelector(".action-title")).stream()
                        .anyMatch(t -> t.getText().equals(title)))
                .findFirst().orElseThrow(() -> new AssertionError("No row " + title));
    }

    private void awaitDialog() {
        Browser.awaitQuiet(driver);
        Browser.waitUpTo(driver, 10).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("statusDialog")));
        Browser.awaitFocusInDialog(driver);
    }

    private ActionListPage reloaded() {
        Browser.awaitQuiet(driver);
        return this;
    }
}
