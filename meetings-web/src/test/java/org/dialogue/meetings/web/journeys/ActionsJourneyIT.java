package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.fixtures.ActionsFixtureServlet;
import org.dialogue.meetings.web.pages.ActionListPage;
import org.dialogue.meetings.web.pages.AxisPage;
import org.dialogue.meetings.web.pages.DashboardPage;
import org.dialogue.meetings.web.pages.EditionPages;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/**
 * The follow-up actions page, a priority axis's page and the dashboard, in a real browser on the WAR as built (plus
 * a test-only servlet that writes minutes with two actions through the services, see {@link ActionsFixtureServlet}):
 * filtering, a delegate's status update with its note in the history (and no button on another organisation's
 * action), the register recorded in its dialog, and the completion charts drawn under the Content Security Policy
 * with their tables.
 */
@ApplicationTest
class ActionsJourneyIT {

    private static final String OURS = "AFRIPOL";
    private static final String OTHERS = "EUROPOL";

    @ClassBrowser
    private static WebDriver driver;
    private static Fixture fixture;

    @ApplicationAddress
    private String base;

    /** What the fixture servlet made: the edition, its axis, the meeting and the run's mark in every title. */
    record Fixture(long editionId, long axisId, long meetingId, String run) {
        String ours() {
            return "AFRIPOL action " + run;
        }

        String others() {
            return "EUROPOL action " + run;
        }
    }

    @Test
    void aDelegateFiltersTheActionsAndUpdatesTheirOrganisationsOneWithANote() {
        Fixture f = fixture();
        Browser.consoleErrors(driver); // what earlier tests left in the console is theirs
        String delegate = TestAccounts.ensureSignedInAs(driver, base, "Delegate", OURS);

        ActionListPage list = ActionListPage.open(driver, base, "edition=" + f.editionId());
        assertThat(list.titles()).containsExactly(f.ours(), f.others());
        ActionListPage.Row ours = list.rows().get(0);
        assertThat(ours.owner()).isEqualTo(OURS);
        assertThat(ours.due()).as("overdue said in words").contains("(overdue)");
        assertThat(ours.status()).isEqualTo("Open");
        assertThat(ours.updatable()).isTrue();
        assertThat(list.rows().get(1).due()).doesNotContain("overdue");
        assertThat(list.rows().get(1).updatable()).as("another organisation's action").isFalse();

        // The filters, each narrowing the list in the database.
        assertThat(list.filterByOwner(OTHERS).titles()).containsExactly(f.others());
        list = ActionListPage.open(driver, base, "edition=" + f.editionId());
        assertThat(list.toggleOverdueOnly().titles()).containsExactly(f.ours());
        assertThat(ActionListPage.open(driver, base, "axis=" + f.axisId()).titles())
                .containsExactly(f.ours(), f.others());

        // The status update: required fields first, then saved with its note, shown in the history.
        list = ActionListPage.open(driver, base, "edition=" + f.editionId()).openUpdate(f.ours());
        assertThat(list.history()).hasSize(1).allSatisfy(row -> assertThat(row).contains("not changed"));
        driver.findElement(By.id("statusForm:saveStatus")).click();
        Browser.awaitQuiet(driver);
        assertThat(driver.findElement(By.id("statusForm")).getText()).contains("Status").contains("required");
        list.updateStatus("In progress", "Liaison officer named " + f.run());
        assertThat(list.dialogMessages()).contains("Status updated");
        assertThat(list.history()).singleElement().satisfies(row -> assertThat(row)
                .contains(delegate).contains("Open → In progress").contains("Liaison officer named " + f.run()));
        assertThat(ActionListPage.open(driver, base, "edition=" + f.editionId()).rows().get(0).status())
                .isEqualTo("In progress");

        // Another organisation's action: its history can be read, no form is offered.
        list = ActionListPage.open(driver, base, "edition=" + f.editionId()).openHistory(f.others());
        assertThat(list.dialogOffersUpdate()).isFalse();
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void aStatusUpdateOverTakenBySomeoneElseIsRefusedAndKeepsWhatWasTyped() {
        Fixture f = fixture();
        Browser.consoleErrors(driver); // what earlier tests left in the console is theirs
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);

        // The dialog is open in one tab; meanwhile the same action is updated from another tab.
        ActionListPage late = ActionListPage.open(driver, base, "edition=" + f.editionId()).openUpdate(f.others());
        String lateTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        ActionListPage.open(driver, base, "edition=" + f.editionId()).openUpdate(f.others())
                .updateStatus("In progress", "Saved first " + f.run());
        driver.close();
        driver.switchTo().window(lateTab);

        late.updateStatus("Dropped", "Saved second " + f.run());
        assertThat(late.dialogMessages()).contains("Someone else saved this action");
        assertThat(driver.findElement(By.id("statusForm:note")).getAttribute("value"))
                .isEqualTo("Saved second " + f.run());
        assertThat(driver.findElement(By.id("statusForm:status_label")).getText()).isEqualTo("Dropped");

        // Only the first change was saved.
        List<String> history = ActionListPage.open(driver, base, "edition=" + f.editionId())
                .openUpdate(f.others()).history();
        assertThat(history).anySatisfy(row -> assertThat(row).contains("Saved first " + f.run()))
                .noneSatisfy(row -> assertThat(row).contains("Saved second"));
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void theDashboardDrawsTheCompletionChartsWithTheirTablesAndTheDelegatesOpenActionsFirst() {
        Fixture f = fixture();
        Browser.consoleErrors(driver); // what earlier tests left in the console is theirs
        TestAccounts.ensureSignedInAs(driver, base, "Delegate", OURS);
        DashboardPage dashboard = DashboardPage.open(driver, base);

        assertThat(dashboard.sectionOrder()).first().isEqualTo("myActions");
        assertThat(dashboard.myOpenActions()).contains(f.ours()).doesNotContain(f.others());
        assertThat(dashboard.overdueActions()).contains(f.ours());
        // Drawn by Chart.js under the Content Security Policy (a refused script would be a console error).
        assertThat(dashboard.chartDrawn("axis")).isTrue();
        assertThat(dashboard.chartDrawn("organisation")).isTrue();
        // The same numbers in words: this run's axis has its two actions, none done yet.
        assertThat(dashboard.completionTable("axis")).filteredOn(row -> row.contains("Axis " + f.run()))
                .singleElement().satisfies(row -> assertThat(row).endsWith("0 %"));
        assertThat(dashboard.completionTable("organisation")).anySatisfy(row -> assertThat(row).startsWith(OURS))
                .anySatisfy(row -> assertThat(row).startsWith(OTHERS));
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void theAxisPageShowsTheRegisterItsDecisionsAndActionsAndTheSecretariatRecordsProgress() {
        Fixture f = fixture();
        Browser.consoleErrors(driver); // what earlier tests left in the console is theirs
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        EditionPages.open(driver, base, f.editionId());
        driver.findElement(By.linkText("Axis " + f.run())).click();
        Browser.awaitQuiet(driver);
        AxisPage axis = new AxisPage(driver);
        assertThat(axis.heading()).isEqualTo("Axis " + f.run());
        assertThat(axis.register()).singleElement().satisfies(row -> assertThat(row).contains("No progress"));
        assertThat(axis.decisions()).containsExactly("Decision " + f.run());
        assertThat(axis.actions()).containsExactlyInAnyOrder(f.ours(), f.others());

        int year = Year.now(ZoneOffset.UTC).getValue();
        axis.record(OTHERS, year, "Achieved", "Network rolled out " + f.run());
        assertThat(axis.register()).singleElement().satisfies(row -> assertThat(row)
                .contains(String.valueOf(year), OTHERS, "Achieved", "Network rolled out " + f.run()));

        // A delegate records their own organisation's progress; an observer is offered nothing.
        TestAccounts.ensureSignedInAs(driver, base, "Delegate", OURS);
        axis = AxisPage.open(driver, base, f.axisId());
        axis.record(null, year, "In progress", "Pilot " + f.run());
        assertThat(axis.register()).hasSize(2).anySatisfy(row -> assertThat(row).contains(OURS, "In progress"));
        TestAccounts.ensureSignedInAs(driver, base, "Observer", OURS);
        axis = AxisPage.open(driver, base, f.axisId());
        assertThat(axis.offersRecording()).isFalse();
        assertThat(axis.register()).hasSize(2);
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    // --- the fixture ---

    private Fixture fixture() {
        if (fixture == null) {
            String run = "AJ " + UUID.randomUUID().toString().substring(0, 6);
            TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
            driver.get(base + "it-fixtures/actions?run=" + run.replace(" ", "%20"));
            String[] answer = driver.findElement(By.tagName("body")).getText().strip().split(" ", 4);
            List<Long> ids = List.of(Long.parseLong(answer[0]), Long.parseLong(answer[1]), Long.parseLong(answer[2]));
            fixture = new Fixture(ids.get(0), ids.get(1), ids.get(2), answer[3]);
        }
        return fixture;
    }

}
