package org.dialogue.meetings.web.pages;

import java.time.Duration;
import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The sign-in page, the change-password page and the sign-out button of the header. */
public class SignInPage {

    private final WebDriver driver;

    public SignInPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the sign-in page. {@code baseUrl} ends with a slash. */
    public static SignInPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "login.xhtml");
        Browser.awaitQuiet(driver);
        return new SignInPage(driver);
    }

    /** Whether the page shown is the sign-in form. */
    public boolean isShown() {
        return !driver.findElements(By.id("loginForm:username")).isEmpty();
    }

    /** The page opened while signed in: "You are signed in as ...", or empty when the page shows the form. */
    public String signedInNotice() {
        List<WebElement> notice = driver.findElements(By.id("signedInNotice"));
        return notice.isEmpty() ? "" : notice.get(0).getText().strip();
    }

    /** Signed in already: follows the page's "Continue" link. */
    public void continueSignedIn() {
        WebElement link = driver.findElement(By.cssSelector("[id='signedInForm:continueSignedIn'] a, "
                + "a[id='signedInForm:continueSignedIn']"));
        link.click();
        Browser.awaitGone(driver, link, Duration.ofSeconds(30));
        Browser.awaitQuiet(driver);
    }

    /** Signed in already: signs out with the page's own button (not the header's). */
    public void signOutHere() {
        submitAndWait(driver, driver.findElement(By.id("signedInForm:signOutHere")));
    }

    /** Types the name and password and submits; the browser is then wherever the application sends it. */
    public void signIn(String username, String password) {
        WebElement name = driver.findElement(By.id("loginForm:username"));
        name.clear();
        name.sendKeys(username);
        WebElement secret = driver.findElement(By.id("loginForm:password"));
        secret.clear();
        secret.sendKeys(password);
        submitAndWait(driver, driver.findElement(By.id("loginForm:signIn")));
    }

    /** On the change-password page: sets a new password, confirming the current one. */
    public void changePassword(String current, String newPassword) {
        driver.findElement(By.id("passwordForm:currentPassword")).sendKeys(current);
        driver.findElement(By.id("passwordForm:newPassword")).sendKeys(newPassword);
        driver.findElement(By.id("passwordForm:confirmation")).sendKeys(newPassword);
        submitAndWait(driver, driver.findElement(By.id("passwordForm:changePassword")));
    }

    /**
     * Signs out through the header's button, when someone is signed in, and checks that it did: on a loaded machine
     * the header can still move while the page settles (its icon font arriving), and a click meant for "Sign out" then
     * lands on the language switch beside it, which reloads the same page still signed in.
     */
    public static void signOutIfSignedIn(WebDriver driver) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            Browser.awaitQuiet(driver);
            List<WebElement> button = driver.findElements(By.id("signOutForm:signOut"));
            if (button.isEmpty()) {
                return;
            }
            submitAndWait(driver, button.get(0));
        }
        if (!driver.findElements(By.id("signOutForm:signOut")).isEmpty()) {
            throw new AssertionError("Still signed in as " + signedInAs(driver) + " after three clicks on Sign out");
        }
    }

    /** The name shown in the header, or empty when nobody is signed in. */
    public static String signedInAs(WebDriver driver) {
        List<WebElement> name = driver.findElements(By.id("signedInAs"));
        return name.isEmpty() ? "" : name.get(0).getText();
    }

    /**
     * Clicks a button that posts its form without Ajax and waits for the next page (or the same one, refused) to
     * replace this one, so that what follows never interrupts a sign-in or password change still under way.
     */
    private static void submitAndWait(WebDriver driver, WebElement button) {
        button.click();
        Browser.awaitGone(driver, button, Duration.ofSeconds(30));
        Browser.awaitQuiet(driver);
    }

    public String messages() {
        return driver.findElement(By.tagName("main")).getText();
    }
}
