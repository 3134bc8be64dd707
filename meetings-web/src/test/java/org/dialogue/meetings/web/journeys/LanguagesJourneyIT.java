package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.pages.SignInPage;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The language of the pages, in a browser set to French: the first visit follows the browser, the switch on every
 * page changes it (on the sign-in page without creating a session), a signed-in user's choice is saved and wins over
 * the browser and the cookie on the next sign-in, Arabic is right to left down to PrimeFaces' components, and dates
 * are written the locale's way, numbers in Latin digits. Expected words are read from the bundles, not written here:
 * the translations change.
 */
@ApplicationTest(browserLanguage = "fr")
class LanguagesJourneyIT {

    private static final String COOKIE = "meetings-language";

    @ClassBrowser
    private static WebDriver driver;

    @ApplicationAddress
    private String base;

    @BeforeEach
    void anonymousWithoutChoice() {
        driver.get(base + "login.xhtml");
        driver.manage().deleteAllCookies();
    }

    @Test
    void theFirstVisitFollowsTheBrowserAndTheSwitchOnTheSignInPageCreatesNoSession() {
        driver.get(base + "login.xhtml?continue=%2Feditions%2Flist.xhtml");
        Browser.awaitQuiet(driver);

        assertThat(html("lang")).isEqualTo("fr");
        assertThat(html("dir")).isEqualTo("ltr");
        assertThat(heading()).isEqualTo(text("fr", "signIn.title"));
        assertThat(driver.findElement(By.id("loginForm:signIn")).getText()).isEqualTo(text("fr", "signIn.submit"));
        assertThat(switchLabel()).isEqualTo(text("fr", "language.switch.label"));
        assertEachLanguageIsNamedInItsOwnLanguage();

        click("language-ar");

        assertThat(html("lang")).isEqualTo("ar");
        assertThat(html("dir")).isEqualTo("rtl");
        assertThat(heading()).isEqualTo(text("ar", "signIn.title"));
        assertThat(switchLabel()).isEqualTo(text("ar", "language.switch.label"));
        assertThat(driver.getCurrentUrl()).as("back on the same page, with its address")
                .endsWith("login.xhtml?continue=%2Feditions%2Flist.xhtml");
        assertThat(driver.manage().getCookieNamed(COOKIE).getValue()).isEqualTo("ar");
        assertThat(driver.manage().getCookieNamed("JSESSIONID")).as("no session for an anonymous visitor").isNull();

        // With the keyboard alone: Tab reaches the buttons, Enter presses one, the focus ring shows.
        WebElement spanish = driver.findElement(By.id("language-es"));
        tabTo(spanish);
        assertThat(spanish.getCssValue("outline-style")).isNotEqualTo("none");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        Browser.awaitGone(driver, spanish, Duration.ofSeconds(30));
        Browser.awaitQuiet(driver);
        assertThat(html("lang")).isEqualTo("es");
        assertThat(html("dir")).isEqualTo("ltr");
        assertThat(heading()).isEqualTo(text("es", "signIn.title"));
        assertThat(driver.manage().getCookieNamed("JSESSIONID")).isNull();

        // The error pages and the public reply page have it too.
        driver.get(base + "no-such-page.xhtml");
        Browser.awaitQuiet(driver);
        assertThat(html("lang")).isEqualTo("es");
        assertThat(driver.findElements(By.id("language-ar"))).hasSize(1);
        driver.get(base + "invitations/reply.xhtml?token=not-a-token");
        Browser.awaitQuiet(driver);
        assertThat(html("lang")).isEqualTo("es");
        click("language-ar");
        assertThat(html("dir")).isEqualTo("rtl");
        assertThat(driver.getCurrentUrl()).endsWith("invitations/reply.xhtml?token=not-a-token");
        assertThat(driver.manage().getCookieNamed("JSESSIONID")).isNull();
    }

    @Test
    void aSignedInUsersChoiceIsSavedAndWinsOverTheCookieAtTheNextSignIn() {
        english();
        String username = TestAccounts.create(driver, base, "Secretariat", null);
        driver.get(base + "editions/list.xhtml");
        Browser.awaitQuiet(driver);
        assertThat(html("lang")).isEqualTo("en");

        click("language-ar");

        assertThat(html("lang")).isEqualTo("ar");
        assertThat(html("dir")).isEqualTo("rtl");
        assertThat(driver.getCurrentUrl()).endsWith("editions/list.xhtml");
        assertThat(heading()).isEqualTo(text("ar", "editions.title"));
        // PrimeFaces' components in their right-to-left mode: the table, the page's confirmation dialog.
        assertThat(driver.findElement(By.id("editions")).getAttribute("class")).contains("ui-datatable-rtl");
        assertThat(driver.findElement(By.cssSelector(".ui-confirm-dialog")).getAttribute("class"))
                .contains("ui-dialog-rtl");

        // Signed out, the browser still has the cookie; another cookie (Spanish) and the next sign-in: Arabic again.
        SignInPage.signOutIfSignedIn(driver);
        assertThat(html("lang")).isEqualTo("ar");
        driver.manage().addCookie(new Cookie(COOKIE, "es", path()));
        SignInPage.open(driver, base);
        assertThat(html("lang")).isEqualTo("es");
        new SignInPage(driver).signIn(username, TestAccounts.USER_PASSWORD);
        assertThat(SignInPage.signedInAs(driver)).isEqualTo(username);
        assertThat(html("lang")).isEqualTo("ar");
        assertThat(html("dir")).isEqualTo("rtl");
        assertThat(heading()).isEqualTo(text("ar", "dashboard.title"));

        // Switching again saves the new choice.
        click("language-fr");
        assertThat(html("lang")).isEqualTo("fr");
        SignInPage.signOutIfSignedIn(driver);
        driver.manage().addCookie(new Cookie(COOKIE, "ar", path()));
        SignInPage.open(driver, base).signIn(username, TestAccounts.USER_PASSWORD);
        assertThat(html("lang")).isEqualTo("fr");
    }

    @Test
    void datesAreWrittenTheLocalesWayAndNumbersInLatinDigits() {
        english();
        TestAccounts.signInAsAdministrator(driver, base);
        for (String language : List.of("fr", "ar", "es", "en")) {
            driver.manage().addCookie(new Cookie(COOKIE, language, path()));
            driver.get(base + "admin/audit.xhtml");
            Browser.awaitQuiet(driver);
            assertThat(html("lang")).isEqualTo(language);
            String when = driver.findElement(By.cssSelector(".audit-when")).getText(); // "29 nov. 2026, 06:30:12 UTC"
            String date = withoutDirectionMarks(when.substring(0, when.lastIndexOf(", ")));
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(Locale.forLanguageTag(language));
            LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC); // the newest entry: this test's sign-in
            assertThat(List.of(today.minusDays(1), today, today.plusDays(1)))
                    .extracting(day -> withoutDirectionMarks(format.format(day)))
                    .as(language + ": " + when).contains(date);
            assertThat(driver.findElement(By.cssSelector("[id='auditForm:entries']")).getAttribute("class"))
                    .as("table direction in " + language)
                    .matches(classes -> classes.contains("ui-datatable-rtl") == language.equals("ar"));

            // The date picker speaks the page's language: its month is named with PrimeFaces' words for it.
            driver.findElement(By.cssSelector("[id='auditForm:from'] button")).click();
            WebElement month = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10),
                    Browser.POLLING)
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector(".ui-datepicker-month")));
            @SuppressWarnings("unchecked")
            List<String> monthNames = (List<String>) ((JavascriptExecutor) driver).executeScript(
                    "return PrimeFaces.locales[arguments[0]] ? PrimeFaces.locales[arguments[0]].monthNames : [];",
                    language);
            assertThat(monthNames).as("PrimeFaces' " + language + " words loaded").hasSize(12)
                    .contains(month.getText().strip());

            // A count in a message is written in Latin digits too, as the dates and times are, Arabic included.
            driver.get(base + "index.xhtml");
            Browser.awaitQuiet(driver);
            assertThat(driver.findElement(By.id("overdueHeading")).getText()).as("overdue count in " + language)
                    .containsPattern("\\([0-9]+\\)");
        }
    }

    // --- helpers ---

    private void assertEachLanguageIsNamedInItsOwnLanguage() {
        for (String[] expected : List.of(new String[] {"en", "English"}, new String[] {"fr", "Français"},
                new String[] {"es", "Español"}, new String[] {"ar", "العربية"})) {
            WebElement button = driver.findElement(By.id("language-" + expected[0]));
            assertThat(button.getText()).isEqualTo(expected[1]);
            assertThat(button.getAttribute("lang")).isEqualTo(expected[0]);
            assertThat(button.getAttribute("name")).isEqualTo("language");
            assertThat(button.getAttribute("value")).isEqualTo(expected[0]);
        }
    }

    /** Presses Tab from the top of the page until the element has the focus (at most 40 times). */
    private void tabTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("document.activeElement && document.activeElement.blur();"
                + " window.scrollTo(0, 0);");
        for (int presses = 0; presses < 40; presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (element.equals(driver.switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + element.getAttribute("id"));
    }

    /** Without the invisible marks (U+200E, U+200F, U+061C) Arabic dates carry between their numbers. */
    private static String withoutDirectionMarks(String text) {
        return text.replaceAll("[\u200e\u200f\u061c]", "").strip();
    }

    /** The cookie of a browser that chose English, for the steps that go through pages by their English labels. */
    private void english() {
        driver.manage().addCookie(new Cookie(COOKIE, "en", path()));
    }

    private void click(String id) {
        WebElement button = driver.findElement(By.id(id));
        button.click();
        Browser.awaitGone(driver, button, Duration.ofSeconds(30));
        Browser.awaitQuiet(driver);
    }

    private String html(String attribute) {
        return driver.findElement(By.tagName("html")).getAttribute(attribute);
    }

    private String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private String switchLabel() {
        return driver.findElement(By.id("languageSwitch")).getAttribute("aria-label");
    }

    private static String text(String language, String key) {
        return ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language)).getString(key);
    }

    private String path() {
        String path = URI.create(base).getPath();
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }

}
