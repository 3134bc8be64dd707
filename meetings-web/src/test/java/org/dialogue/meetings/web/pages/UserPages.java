package org.dialogue.meetings.web.pages;

import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrator's user pages. */
public class UserPages {

    private final WebDriver driver;

    public UserPages(WebDriver driver) {
        this.driver = driver;
    }

    public static UserPages openNew(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "admin/user.xhtml");
        Browser.awaitQuiet(driver);
        return new UserPages(driver);
    }

    /**
     * Creates a user and returns the one-time password the page shows. {@code roleLabel} and
     * {@code organisationAcronym} as the menus show them ("Delegate", "AFRIPOL"); the organisation may be null.
     */
    public String create(String username, String fullName, String roleLabel, String organisationAcronym) {
        driver.findElement(By.id("userForm:username")).sendKeys(username);
        driver.findElement(By.id("userForm:fullName")).sendKeys(fullName);
        Browser.selectOne(driver, "userForm:role", null, roleLabel);
        if (organisationAcronym != null) {
            Browser.selectOne(driver, "userForm:organisationId", null, organisationAcronym);
        }
        driver.findElement(By.id("userForm:save")).click();
        Browser.awaitQuiet(driver);
        return issuedPassword();
    }

    /** The one-time password shown after a creation or a reset. */
    public String issuedPassword() {
        return Browser.waitUpTo(driver, 20)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedPassword"))).getText().strip();
    }

    /** Opens an existing user's page. */
    public static UserPages open(WebDriver driver, String baseUrl, long id) {
        driver.get(baseUrl + "admin/user.xhtml?id=" + id);
        Browser.awaitQuiet(driver);
        return new UserPages(driver);
    }

    /** Disables the account, confirming in the dialog. */
    public UserPages disable() {
        clickAndConfirm("userForm:disable");
        return this;
    }

    public UserPages enable() {
        driver.findElement(By.id("userForm:enable")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    /** Gives the user a new one-time password, confirming in the dialog, and returns it. */
    public String resetPassword() {
        clickAndConfirm("userForm:resetPassword");
        return issuedPassword();
    }

    /** Links the account to one of the people of its organisation, chosen by name, and saves the link. */
    public UserPages linkPerson(String personName) {
        Browser.selectOne(driver, "personLinkForm:personId", personName, personName);
        driver.findElement(By.id("personLinkForm:savePersonLink")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    /** The person the form shows as linked ("Not linked" when none). */
    public String linkedPerson() {
        return driver.findElement(By.id("personLinkForm:personId_label")).getText();
    }

    /** The account's facts: state, creation, last password change. */
    public String facts() {
        return driver.findElement(By.id("userFacts")).getText();
    }

    private void clickAndConfirm(String buttonId) {
        driver.findElement(By.id(buttonId)).click();
        Browser.waitUpTo(driver, 10)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        Browser.awaitQuiet(driver);
    }

    public String messages() {
        return driver.findElement(By.tagName("main")).getText();
    }
}
