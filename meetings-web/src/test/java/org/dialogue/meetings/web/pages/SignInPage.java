package org.dialogue.meetings.web.pages;

import java.time.Duration;
import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sign-in page, {@code /login.xhtml}. */
public final class SignInPage {

    private static final By USERNAME = By.id("loginForm:username");
    private static final By PASSWORD = By.id("loginForm:password");
    private static final By SIGN_IN = By.id("loginForm:signIn");
    private static final By REFUSAL = By.cssSelector(".ui-messages-error, .ui-message-error");

    private SignInPage() {
    }

    /**
     * Signs in as {@code user} and waits until the browser has left the sign-in page. Does nothing when the
     * application shows no sign-in form there (a build without sign-in), so callers work with and without it.
     * {@code baseUrl} ends with a slash.
     */
    public static void signIn(WebDriver driver, String baseUrl, String user, String password) {
        driver.get(baseUrl + "login.xhtml");
        Browser.awaitQuiet(driver);
        List<WebElement> username = driver.findElements(USERNAME);
        if (username.isEmpty()) {
            Browser.consoleErrors(driver); // the not-found page's 404 is not an error of the caller's pages
            return;
        }
        type(username.get(0), user);
        type(driver.findElement(PASSWORD), password);
        driver.findElement(SIGN_IN).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("login.xhtml")
                || !d.findElements(REFUSAL).isEmpty());
        if (driver.getCurrentUrl().contains("login.xhtml")) {
            throw new AssertionError("Sign-in as " + user + " refused: "
                    + driver.findElement(By.tagName("body")).getText());
        }
        Browser.awaitQuiet(driver);
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }
}
