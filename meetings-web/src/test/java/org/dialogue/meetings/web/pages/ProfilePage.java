package org.dialogue.meetings.web.pages;

import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "My profile": the signed-in user's account and time zone. */
public class ProfilePage {

    private final WebDriver driver;

    public ProfilePage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the page as a user does, from the header's "My profile" link. */
    public static ProfilePage openFromHeader(WebDriver driver) {
        driver.findElement(By.id("navProfile")).click();
        Browser.awaitQuiet(driver);
        return new ProfilePage(driver);
    }

    /** The sentence saying which zone is set: "Your time zone is now Asia/Singapore (UTC+08:00)." */
    public String currentZone() {
        return driver.findElement(By.id("currentZone")).getText();
    }

    /** The zone shown in the menu. */
    public String chosenZone() {
        return driver.findElement(By.id("zoneForm:timeZone_label")).getText();
    }

    public String username() {
        return driver.findElement(By.id("profileUsername")).getText();
    }

    /** Chooses a zone through the menu's filter and saves it. */
    public ProfilePage chooseZone(String zoneId) {
        Browser.selectOne(driver, "zoneForm:timeZone", zoneId, zoneId + " ");
        driver.findElement(By.id("zoneForm:saveTimeZone")).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    public String pageMessages() {
        return driver.findElement(By.id("pageMessages")).getText();
    }
}
