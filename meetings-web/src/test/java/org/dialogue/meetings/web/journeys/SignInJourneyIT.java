package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.pages.PasswordPage;
import org.dialogue.meetings.web.pages.SignInPage;
import org.dialogue.meetings.web.pages.UserPages;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Signing in, the password a user must choose first, and signing out, in a real browser on the WAR as built. (Session
 * expiry and the return to the page are in {@link SchedulingJourneyIT}.)
 */
@ApplicationTest
class SignInJourneyIT {

    private static final String REFUSAL = "Sign-in refused. Check your user name and password. After several failed"
            + " attempts, sign-in is refused for 15 minutes.";

    @ClassBrowser
    private static WebDriver driver;

    @ApplicationAddress
    private String base;

    @Test
    void aWrongPasswordIsRefusedExactlyLikeAnUnknownUserNameAndTheRightOneSignsIn() {
        String username = TestAccounts.create(driver, base, "Secretariat", null);
        driver.get(base);
        SignInPage.signOutIfSignedIn(driver);

        String wrongPassword = refusal(username, "not my password at all");
        String unknownName = refusal("nobody-" + UUID.randomUUID().toString().substring(0, 8),
                "not my password at all");
        SignInPage.open(driver, base).signIn(username, TestAccounts.USER_PASSWORD);

        assertThat(wrongPassword).isEqualTo(REFUSAL);
        assertThat(unknownName).isEqualTo(wrongPassword);
        assertThat(SignInPage.signedInAs(driver)).isEqualTo(username);
        assertThat(heading()).isEqualTo("Dashboard");
    }

    @Test
    void aUserGivenAPasswordMustChooseTheirOwnBeforeOpeningAnythingElse() {
        String username = "newcomer-" + UUID.randomUUID().toString().substring(0, 6);
        TestAccounts.signInAsAdministrator(driver, base);
        String oneTime = UserPages.openNew(driver, base).create(username, "New Comer", "Secretariat", null);
        TestAccounts.signIn(driver, base, username, oneTime);
        PasswordPage page = new PasswordPage(driver);
        assertThat(page.isShown()).as(driver.getCurrentUrl()).isTrue();
        assertThat(page.isForced()).isTrue();
        assertEveryPageLeadsToThePasswordPage();

        page.change(oneTime, "Short pw 1", "Short pw 1");
        assertThat(page.messageAt("newPassword")).isEqualTo("The password must have at least 12 characters.");

        page.change(oneTime, "My " + username + " password", "My " + username + " password");
        assertThat(page.messageAt("newPassword")).isEqualTo("The password must not contain the user name.");

        page.change(oneTime, "A long enough password 1", "A long enough password 2");
        assertThat(page.messageAt("confirmation")).isEqualTo("The two new passwords are not the same.");

        page.change("not the current one", "A long enough password 1", "A long enough password 1");
        assertThat(page.messageAt("currentPassword")).isEqualTo("The current password is not correct.");
        assertEveryPageLeadsToThePasswordPage();

        page.change(oneTime, "A long enough password 1", "A long enough password 1");
        assertThat(heading()).isEqualTo("Dashboard");
        assertThat(driver.findElement(By.id("pageMessages")).getText()).contains("Your password was changed.");
        driver.get(base + "meetings/list.xhtml");
        assertThat(heading()).isEqualTo("Meetings");

        // The chosen password is the one that works from now on, and asks for nothing more.
        TestAccounts.signIn(driver, base, username, "A long enough password 1");
        assertThat(SignInPage.signedInAs(driver)).isEqualTo(username);
        assertThat(heading()).isEqualTo("Dashboard");
    }

    @Test
    void signingOutEndsTheSessionAndNeitherBackNorTheOldAddressShowsItsPages() {
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        driver.get(base + "editions/list.xhtml");
        Browser.awaitQuiet(driver);
        assertThat(driver.findElement(By.id("editions")).getText()).contains("Held", "Planned");
        String dataPage = driver.getCurrentUrl();

        WebElement signOut = driver.findElement(By.id("signOutForm:signOut"));
        signOut.click();
        Browser.waitUpTo(driver, 30)
                .until(d -> d.getCurrentUrl().contains("login.xhtml"));
        Browser.awaitQuiet(driver);

        assertThat(driver.findElement(By.id("signedOut")).getText()).isEqualTo("You have signed out.");
        assertThat(new SignInPage(driver).isShown()).isTrue();
        assertThat(SignInPage.signedInAs(driver)).isEmpty();
        assertThat(driver.manage().getCookieNamed("JSESSIONID")).isNull();

        driver.navigate().back();
        Browser.awaitQuiet(driver);
        assertShowsTheSignInPageAndNoData();

        driver.get(dataPage);
        Browser.awaitQuiet(driver);
        assertShowsTheSignInPageAndNoData();
        assertThat(driver.getCurrentUrl()).contains("login.xhtml?continue=");
    }

    @Test
    void theSignInPageOpenedWhileSignedInSaysWhoAndLeadsOnOrSignsOut() {
        String username = TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);

        driver.get(base + "login.xhtml?continue=%2Feditions%2Flist.xhtml");
        Browser.awaitQuiet(driver);
        SignInPage page = new SignInPage(driver);

        assertThat(page.isShown()).as("no sign-in form while signed in").isFalse();
        assertThat(page.signedInNotice()).isEqualTo("You are signed in as " + username + ".");
        assertThat(page.messages()).contains("To sign in as someone else, sign out first.");

        page.continueSignedIn();
        assertThat(driver.getCurrentUrl()).contains("editions/list.xhtml");
        assertThat(SignInPage.signedInAs(driver)).isEqualTo(username);

        SignInPage.open(driver, base).signOutHere();
        assertThat(driver.findElement(By.id("signedOut")).getText()).isEqualTo("You have signed out.");
        assertThat(page.isShown()).isTrue();
        assertThat(SignInPage.signedInAs(driver)).isEmpty();
    }

    // --- helpers ---

    /** Signs in with a name and password that must be refused; returns the message shown. */
    private String refusal(String username, String password) {
        SignInPage.open(driver, base).signIn(username, password);
        List<WebElement> messages = Browser.waitUpTo(driver, 30).until(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector("#pageMessages .ui-messages-error-summary"));
            return shown.isEmpty() ? null : shown;
        });
        assertThat(new SignInPage(driver).isShown()).isTrue();
        assertThat(SignInPage.signedInAs(driver)).isEmpty();
        return messages.get(0).getText().strip();
    }

    private void assertEveryPageLeadsToThePasswordPage() {
        for (String page : List.of("", "meetings/list.xhtml", "meetings/edit.xhtml", "editions/list.xhtml",
                "organisations/list.xhtml", "agreements/list.xhtml", "meetings/view.xhtml?id=1")) {
            driver.get(base + page);
            Browser.awaitQuiet(driver);
            assertThat(new PasswordPage(driver).isShown()).as(page + " -> " + driver.getCurrentUrl()).isTrue();
        }
    }

    private void assertShowsTheSignInPageAndNoData() {
        assertThat(new SignInPage(driver).isShown()).as(driver.getCurrentUrl()).isTrue();
        assertThat(heading()).isEqualTo("Sign in");
        assertThat(driver.findElements(By.id("editions"))).isEmpty();
    }

    private String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

}
