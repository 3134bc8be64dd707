package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The mail page in a real browser, on the WAR as built and run without a mail server (as the tests run it): the
 * secretariat and the administrator reach it from the menu and read that nothing is sent, without an error; the
 * status filter works; a delegate has no menu entry and is refused the page's address. (Sending is MailOutboxIT's,
 * in the EJB module.)
 */
@ApplicationTest
class MailPageJourneyIT {

    @ClassBrowser
    private static WebDriver driver;

    @ApplicationAddress
    private String base;

    @Test
    void theSecretariatReadsThatNoMailServerIsConfiguredAndFiltersTheOutbox() {
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);

        driver.findElement(By.id("navMail")).click();
        Browser.awaitQuiet(driver);

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mail");
        assertThat(driver.findElement(By.id("mailNotConfigured")).getText())
                .startsWith("No mail server is configured: nothing is sent.");
        assertThat(driver.findElements(By.id("mailConfigured"))).isEmpty();
        assertThat(driver.findElements(By.id("mailConfigError"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".mail-reminder-days")).getText()).endsWith("7, 1");
        List<String> counts = driver.findElements(By.cssSelector(".mail-count")).stream().map(WebElement::getText)
                .toList();
        assertThat(counts).hasSize(5).anyMatch(c -> c.startsWith("Waiting: "))
                .anyMatch(c -> c.startsWith("Not sent: no mail server: "));

        Browser.selectOne(driver, "mailForm:status", null, "Failed");
        Browser.awaitQuiet(driver);
        // Nothing can have failed without a server: the table says there is no mail of that status.
        assertThat(driver.findElement(By.cssSelector("[id='mailForm:mails'] .ui-datatable-empty-message")).getText())
                .isEqualTo("No mail to show.");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void theAdministratorReadsItTooAndADelegateIsRefused() {
        TestAccounts.signInAsAdministrator(driver, base);
        driver.findElement(By.id("navMail")).click();
        Browser.awaitQuiet(driver);
        assertThat(driver.findElement(By.id("mailNotConfigured")).isDisplayed()).isTrue();

        TestAccounts.ensureSignedInAs(driver, base, "Delegate", "AFRIPOL");
        assertThat(driver.findElements(By.id("navMail"))).isEmpty();
        driver.get(base + "mail/outbox.xhtml");
        Browser.awaitQuiet(driver);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
    }

}
