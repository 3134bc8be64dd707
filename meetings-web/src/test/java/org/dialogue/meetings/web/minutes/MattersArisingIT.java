package org.dialogue.meetings.web.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.support.Fixtures;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The minutes page's matters arising, read a page at a time: the open actions of earlier meetings with the same
 * co-organisers, ten to a page, the next ten read from the database when the user asks for them (the view keeps only
 * the rows it shows; holding them all made 50 sessions keep 36,000 actions, see docs/development.md).
 */
@ApplicationTest(noConsoleErrors = true)
class MattersArisingIT {

    private static final By ROWS = By.cssSelector("[id='mattersForm:mattersArising_data'] > tr[data-ri]");

    @ClassBrowser
    private static WebDriver driver;

    @ApplicationAddress
    private String base;

    @Test
    void moreThanTenAreShownTenAtATimeAndTheNextOnesWhenAsked() {
        // Six earlier meetings of AFRIPOL and EUROPOL (4 March 2030), two open actions each; then a later one.
        String run = "Matters " + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 6; i++) {
            Fixtures.asSecretariat(base, "actions?run=" + Fixtures.encode(run + " " + i));
        }
        long later = Fixtures.meeting(base, "Later meeting " + run, "&coOrganisers=AFRIPOL,EUROPOL");
        String minutes = Fixtures.asSecretariat(base, "minutes?meeting=" + later + "&deadline="
                + Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        driver.get(base + "minutes/view.xhtml?id=" + minutes);
        Browser.awaitQuiet(driver);
        List<String> first = titles();
        assertThat(first).as("the first page of matters arising").hasSize(10).doesNotHaveDuplicates();

        WebElement next = driver.findElement(By.cssSelector("[id='mattersForm:mattersArising'] .ui-paginator-next"));
        Browser.awaitAjaxAfter(driver, next::click);
        List<String> second = titles();
        // At least this run's twelve in all (earlier tests' meetings of the same pair may add theirs).
        assertThat(second).as("the second page").isNotEmpty().hasSizeLessThanOrEqualTo(10)
                .doesNotContainAnyElementsOf(first);
    }

    private List<String> titles() {
        return driver.findElements(ROWS).stream().map(row -> row.findElement(By.cssSelector("td")).getText())
                .toList();
    }
}
