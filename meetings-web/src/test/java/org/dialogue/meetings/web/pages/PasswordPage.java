package org.dialogue.meetings.web.pages;

import java.time.Duration;
import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The change-password page (account/password.xhtml), also the page a user with a given password is held on. */
public class PasswordPage {

    private final WebDriver driver;

    public PasswordPage(WebDriver driver) {
        this.driver = driver;
    }

    public static PasswordPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "account/password.xhtml");
        Browser.awaitQuiet(driver);
        return new PasswordPage(driver);
    }

    public boolean isShown() {
        return driver.getCurrentUrl().contains("account/password.xhtml")
                && !driver.findElements(By.id("passwordForm:newPassword")).isEmpty();
    }

    /** Whether the page says the password must be changed before anything else. */
    public boolean isForced() {
        return !driver.findElements(By.id("forcedChange")).isEmpty();
    }

    /** Fills the three fields and submits; the browser is then wherever the application sends it. */
    public PasswordPage change(String current, String newPassword, String confirmation) {
        type("passwordForm:currentPassword", current);
        type("passwordForm:newPassword", newPassword);
        type("passwordForm:confirmation", confirmation);
        WebElement button = driver.findElement(By.id("passwordForm:changePassword"));
        button.click();
        Browser.awaitGone(driver, button, Duration.ofSeconds(30));
        Browser.awaitQuiet(driver);
        return this;
    }

    /** The error shown next to one field ("newPassword", "confirmation", "currentPassword"), or empty. */
    public String messageAt(String field) {
        List<WebElement> messages = driver.findElements(By.xpath("//*[@id='passwordForm:" + field
                + "']/ancestor::div[contains(@class,'field')]//*[contains(@class,'ui-message-error-detail')]"));
        return messages.isEmpty() ? "" : messages.get(0).getText().strip();
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
