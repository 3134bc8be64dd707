package org.dialogue.meetings.web.pages;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The administrator's list of users, with its filters. */
public class UserListPage {

    /** One row as the table shows it. */
    public record Row(String username, String fullName, String role, String organisation, String state) {
    }

    private final WebDriver driver;

    public UserListPage(WebDriver driver) {
        this.driver = driver;
    }

    public static UserListPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "admin/users.xhtml");
        Browser.awaitQuiet(driver);
        return new UserListPage(driver);
    }

    /** Types in the "user name or full name contains" filter and waits until every row matches. */
    public UserListPage filterByText(String text) {
        WebElement filter = driver.findElement(By.id("usersForm:text"));
        filter.clear();
        filter.sendKeys(text);
        Browser.waitUpTo(driver, 15).until(d -> {
            Browser.awaitQuiet(d);
            List<Row> rows = rows();
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.username().contains(text)
                    || r.fullName().contains(text));
        });
        return this;
    }

    /** Chooses a role as the menu labels it ("Observer") and waits for the table. */
    public UserListPage filterByRole(String roleLabel) {
        Browser.selectOne(driver, "usersForm:role", null, roleLabel);
        Browser.awaitQuiet(driver);
        return this;
    }

    public UserListPage filterByOrganisation(String acronym) {
        Browser.selectOne(driver, "usersForm:organisation", null, acronym);
        Browser.awaitQuiet(driver);
        return this;
    }

    /** How many users the paginator counts for the current filters (over all pages). */
    public long totalRecords() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return PrimeFaces.widgets['widget_usersForm_users'].paginator.cfg.rowCount;");
    }

    /** The rows of the table's current page (none when it shows its "no user" message). */
    public List<Row> rows() {
        return driver.findElements(By.cssSelector("[id='usersForm:users_data'] > tr[data-ri]")).stream()
                .map(row -> {
                    List<WebElement> cells = row.findElements(By.tagName("td"));
                    return new Row(cells.get(0).getText(), cells.get(1).getText(), cells.get(2).getText(),
                            cells.get(3).getText(), cells.get(4).getText());
                })
                .toList();
    }

    /** Opens a user's page from the list and returns its id (from the page's address). */
    public long openUser(String username) {
        driver.findElement(By.linkText(username)).click();
        Browser.awaitQuiet(driver);
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }
}
