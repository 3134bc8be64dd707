package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.pages.MeetingListPage;
import org.dialogue.meetings.web.pages.SignInPage;
import org.dialogue.meetings.web.support.HttpVisitor;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A newcomer's first contact: the page about the Dialogue (public, from the navigation, no session for anonymous
 * visitors), the site's icon, pages that log no error in the browser's console, signed out and signed in, and a
 * meetings list that gives a long title the room it needs on a laptop screen.
 */
@ApplicationTest
class FirstContactJourneyIT {

    @ClassBrowser
    private static WebDriver driver;

    @ApplicationAddress
    private String base;

    @Test
    void anAnonymousVisitorReadsAboutTheDialogueFromTheSignInPageWithoutASession() {
        driver.get(base);
        SignInPage.signOutIfSignedIn(driver);
        driver.manage().deleteAllCookies();
        driver.get(base + "login.xhtml");
        Browser.awaitQuiet(driver);
        Browser.consoleErrors(driver);

        driver.findElement(By.id("navAbout")).click();
        Browser.awaitQuiet(driver);

        assertThat(driver.getCurrentUrl()).endsWith("/about.xhtml");
        assertThat(heading()).isEqualTo("About the Dialogue");
        assertThat(text("aboutFounded")).isEqualTo("In 2016 INTERPOL set up the Dialogue on Effective Multilateral"
                + " Policing Architecture against Global Threats.");
        assertThat(text("aboutAim")).isEqualTo("Its aim is to harmonise the approaches of those leaders.");
        assertThat(driver.findElements(By.cssSelector(".about-organisations dt")).stream().map(WebElement::getText))
                .containsExactly("AFRIPOL", "AIMC", "AMERIPOL", "ASEANAPOL", "EUROPOL", "GCCPOL", "ECO");
        assertThat(driver.findElement(By.id("aboutOrganisations")).getText())
                .contains("Headquarters in Algiers; 54 members.", "Founded in 2007; 28 police services and 19 observers.");
        assertThat(text("aboutThirdEdition")).isEqualTo("Its third edition was planned for 2019.");
        assertThat(driver.findElements(By.cssSelector("#aboutAxes li"))).hasSize(4);
        assertThat(driver.findElement(By.id("aboutSignIn")).isDisplayed()).isTrue();
        // Public, and no session for it: an anonymous visit costs the server no memory.
        assertThat(driver.manage().getCookieNamed(HttpVisitor.SESSION_COOKIE)).isNull();
        assertThat(Browser.consoleErrors(driver)).as("console errors on the sign-in and about pages").isEmpty();
        Browser.screenshot(driver, "about");

        // The sign-in link leads to the sign-in page, which signs in and continues to the dashboard.
        driver.findElement(By.id("aboutSignIn")).click();
        Browser.awaitQuiet(driver);
        assertThat(driver.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void theSiteIconIsServedToEveryoneAsAnImage() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String icon : List.of("favicon.ico", "favicon.svg")) {
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create(base + icon)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as(icon).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(icon).startsWith("image/");
            assertThat(answer.body()).as(icon).isNotEmpty();
            assertThat(answer.headers().allValues("Set-Cookie")).as(icon).isEmpty();
        }
    }

    @Test
    void theMainPagesLogNoErrorInTheBrowserConsoleSignedOutAndSignedIn() {
        driver.get(base);
        SignInPage.signOutIfSignedIn(driver);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Browser.consoleErrors(driver);
        for (String page : List.of("login.xhtml", "about.xhtml", "errors/not-found.xhtml")) {
            visit("signed out: ", page, errors);
        }
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        Browser.consoleErrors(driver);
        for (String page : List.of("index.xhtml", "meetings/list.xhtml", "meetings/edit.xhtml", "calendar.xhtml",
                "actions/list.xhtml", "editions/list.xhtml", "organisations/list.xhtml", "agreements/list.xhtml",
                "mail/outbox.xhtml", "search.xhtml?q=Dialogue", "account/profile.xhtml", "account/password.xhtml",
                "about.xhtml")) {
            visit("signed in: ", page, errors);
        }
        System.out.println("FirstContactJourneyIT: console errors per page " + errors);
        assertThat(errors).hasSize(16);
        assertThat(errors).allSatisfy((page, messages) -> assertThat(messages).as(page).isEmpty());
    }

    @Test
    void aLongMeetingTitleHasTheRoomItNeedsInTheListOnALaptopScreen() throws IOException, InterruptedException {
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        // The fixture's meetings are "AFRIPOL meeting <run>" in the room "Room of <title>" (at most 100 characters).
        String run = "on harmonising strategic planning for regional cooperation "
                + UUID.randomUUID().toString().substring(0, 6);
        driver.get(base + "it-fixtures/calendar?what=meetings&run=" + run.replace(' ', '+'));
        assertThat(driver.findElement(By.tagName("body")).getText()).matches("\\d+ \\d+");
        // A plain text answer names no icon: the browser asks the host's root, outside this test's application.
        Browser.consoleErrors(driver);
        String title = "AFRIPOL meeting " + run;
        Dimension before = driver.manage().window().getSize();
        List<String> measured = new ArrayList<>();
        try {
            for (int width : new int[] {1366, 1280}) {
                driver.manage().window().setSize(new Dimension(width, 768));
                MeetingListPage.open(driver, base).filterByTitle(run.substring(run.length() - 6));
                Map<String, Object> box = measure(title);
                measured.add(width + ": " + box);
                double titleWidth = ((Number) box.get("cell")).doubleValue();
                double tableWidth = ((Number) box.get("table")).doubleValue();
                double lines = ((Number) box.get("lines")).doubleValue();
                assertThat(titleWidth / tableWidth).as("title cell share of the table at %d px: %s", width, box)
                        .isGreaterThanOrEqualTo(0.35);
                assertThat(lines).as("lines of the title at %d px: %s", width, box).isLessThanOrEqualTo(3);
                assertThat(((Number) box.get("overflow")).doubleValue()).as("table wider than the page at %d px",
                        width).isLessThanOrEqualTo(0);
            }
        } finally {
            driver.manage().window().setSize(before);
            System.out.println("FirstContactJourneyIT: long title measured " + measured);
        }
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    /** The title cell's and the table's widths, the lines the title takes, and how far the table overflows. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> measure(String title) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                var title = arguments[0];
                var link = Array.from(document.querySelectorAll('#meetingsForm\\\\:meetings a.meeting-link'))
                    .find(function (a) { return a.textContent.trim() === title; });
                var cell = link.closest('td');
                var table = cell.closest('table');
                var lineHeight = parseFloat(getComputedStyle(link).lineHeight)
                    || parseFloat(getComputedStyle(link).fontSize) * 1.2;
                var main = document.getElementById('main');
                return { cell: cell.getBoundingClientRect().width, table: table.getBoundingClientRect().width,
                         lines: Math.round(link.getBoundingClientRect().height / lineHeight),
                         overflow: table.getBoundingClientRect().right - main.getBoundingClientRect().right };
                """, title);
    }

    private void visit(String who, String page, Map<String, List<String>> errors) {
        driver.get(base + page);
        Browser.awaitQuiet(driver);
        errors.put(who + page, Browser.consoleErrors(driver));
    }

    private String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

}
