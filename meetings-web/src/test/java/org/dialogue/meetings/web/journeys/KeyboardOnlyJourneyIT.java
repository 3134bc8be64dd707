package org.dialogue.meetings.web.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.support.TestAccounts;
import org.dialogue.meetings.web.testing.ApplicationAddress;
import org.dialogue.meetings.web.testing.ApplicationTest;
import org.dialogue.meetings.web.testing.ClassBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The secretariat's main work with the keyboard alone, in a real browser: scheduling a meeting, building its agenda
 * (a break chosen with the arrow keys, an item moved up with its button) and recording the minutes (notes, a decision,
 * an action, saved). Every control is reached with Tab or Shift+Tab and used with Enter, Space, the arrow keys and
 * typing into the focused element, never with a click; the page's state is read through the DOM only to know where
 * the focus is and, after a reload, what was saved.
 */
@ApplicationTest
class KeyboardOnlyJourneyIT {

    /** More than any page here has controls before the one sought: Tab never needs more presses than this. */
    private static final int MAX_TABS = 200;

    @ClassBrowser
    private static WebDriver driver;

    @ApplicationAddress
    private String base;

    @Test
    void theSecretariatSchedulesAMeetingBuildsItsAgendaAndRecordsTheMinutesWithTheKeyboardAlone() {
        TestAccounts.ensureSignedInAs(driver, base, "Secretariat", null);
        String title = "Keyboard " + UUID.randomUUID().toString().substring(0, 6);

        // Scheduling: from the meetings list, the "New meeting" link, then the form.
        driver.get(base + "meetings/list.xhtml");
        Browser.awaitQuiet(driver);
        tabTo("newMeeting");
        pressAndAwaitNextPage(Keys.ENTER);
        assertThat(driver.getCurrentUrl()).contains("meetings/edit.xhtml");
        tabTo("meetingForm:title");
        type(title);
        tabTo("meetingForm:kind_label");
        press(Keys.DOWN); // the kind menu, closed: the arrow chooses the next kind
        String kind = driver.findElement(By.id("meetingForm:kind_label")).getText();
        tabTo("meetingForm:timeZone_label");
        press(Keys.SPACE); // opens the menu (as Alt+Down does); the focus moves into its filter
        awaitFocus("meetingForm:timeZone_filter");
        type("Kolkata");
        // Down moves the highlight through the options the filter left (the first press may land on the hidden
        // "Choose" option the menu starts from); Enter chooses the highlighted one.
        for (int i = 0; i < 5 && !highlighted("meetingForm:timeZone").startsWith("Asia/Kolkata"); i++) {
            press(Keys.DOWN);
        }
        press(Keys.ENTER);
        Browser.waitUpTo(driver, 5)
                .until(d -> d.findElement(By.id("meetingForm:timeZone_label"))
                .getText().startsWith("Asia/Kolkata"));
        tabTo("meetingForm:start_input");
        type("2031-10-06 09:00");
        press(Keys.ESCAPE); // closes the date picker's panel if typing opened it
        tabTo("meetingForm:end_input");
        type("2031-10-06 12:00");
        press(Keys.ESCAPE);
        tabTo("meetingForm:venueCity");
        type("Lyon");
        shiftTabTo("meetingForm:venueRoom");
        type("Room K");
        tabTo("meetingForm:venueCountry");
        type("France");
        tabTo("meetingForm:save");
        pressAndAwaitNextPage(Keys.ENTER);
        Matcher id = Pattern.compile("meetings/view\\.xhtml\\?id=(\\d+)").matcher(driver.getCurrentUrl());
        assertThat(id.find()).as("the meeting page after saving: " + driver.getCurrentUrl()
                + " " + driver.findElement(By.tagName("main")).getText()).isTrue();
        long meetingId = Long.parseLong(id.group(1));

        // The agenda: three items, the second a break chosen with the arrow keys, then the last moved up.
        addAgendaItem(false, "Opening", "10");
        addAgendaItem(true, "Coffee break", "15");
        addAgendaItem(false, "Exchange of lists", "45");
        assertThat(agendaTitles()).containsExactly("Opening", "Coffee break", "Exchange of lists");
        tabTo("agendaForm:agenda:2:moveUp");
        pressAndAwaitQuiet(Keys.ENTER);
        assertThat(agendaTitles()).containsExactly("Opening", "Exchange of lists", "Coffee break");
        assertThat(focusedId()).as("the focus stays on the agenda's buttons after the move").contains("agendaForm:agenda:");

        // The minutes: opened from the meeting page, notes typed, a decision and an action added, saved.
        tabTo("minutesForm:openMinutes");
        pressAndAwaitNextPage(Keys.ENTER);
        assertThat(driver.getCurrentUrl()).contains("minutes/view.xhtml");
        String minutesAddress = driver.getCurrentUrl();
        tabToEditor(0);
        type("Welcome by the chair.");
        tabToEditor(1);
        type("Lists of focal points exchanged.");
        tabTo("draftForm:addDecision");
        pressAndAwaitQuiet(Keys.ENTER);
        tabTo("draftForm:decisions:0:decisionText");
        type("Share the contact lists");
        tabTo("draftForm:decisions:0:decisionItem");
        press(Keys.DOWN); // the native select: the arrow chooses the first agenda item
        String decisionItem = selectedText("draftForm:decisions:0:decisionItem");
        tabTo("draftForm:addAction");
        pressAndAwaitQuiet(Keys.ENTER);
        tabTo("draftForm:actions:0:actionTitle");
        type("Send the contact list");
        tabTo("draftForm:actions:0:actionOwner");
        press(Keys.DOWN);
        String owner = selectedText("draftForm:actions:0:actionOwner");
        tabTo("draftForm:actions:0:actionFocalPoint");
        type("K. Board");
        tabTo("draftForm:actions:0:actionDueDate_input");
        type("2031-11-30");
        press(Keys.ESCAPE);
        tabTo("draftForm:saveDraft");
        pressAndAwaitQuiet(Keys.ENTER);
        assertThat(driver.findElement(By.id("draftForm")).getText()).doesNotContainIgnoringCase("not saved");

        // Read back after a reload: all of it was saved.
        driver.get(minutesAddress);
        Browser.awaitQuiet(driver);
        assertThat(editorText(0)).contains("Welcome by the chair.");
        assertThat(editorText(1)).contains("Lists of focal points exchanged.");
        assertThat(value("draftForm:decisions:0:decisionText")).isEqualTo("Share the contact lists");
        assertThat(selectedText("draftForm:decisions:0:decisionItem")).isEqualTo(decisionItem).isNotBlank();
        assertThat(value("draftForm:actions:0:actionTitle")).isEqualTo("Send the contact list");
        assertThat(selectedText("draftForm:actions:0:actionOwner")).isEqualTo(owner).isNotBlank();
        assertThat(value("draftForm:actions:0:actionFocalPoint")).isEqualTo("K. Board");
        assertThat(value("draftForm:actions:0:actionDueDate_input")).isEqualTo("2031-11-30");
        driver.get(base + "meetings/view.xhtml?id=" + meetingId);
        Browser.awaitQuiet(driver);
        assertThat(agendaTitles()).containsExactly("Opening", "Exchange of lists", "Coffee break");
        assertThat(driver.findElements(By.cssSelector("[id='agendaForm:agenda_data'] tr"))
                .get(2).findElements(By.cssSelector(".agenda-break-tag"))).as("the break chosen with the arrow key")
                .hasSize(1);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(title, "Lyon", "Room K", "France",
                "Asia/Kolkata");
        assertThat(kind).isNotBlank();
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    // --- the agenda form ---

    private void addAgendaItem(boolean aBreak, String title, String minutes) {
        tabTo("agendaForm:itemKind_label");
        if (aBreak) {
            press(Keys.DOWN); // Subject -> Break, the menu closed
            assertThat(driver.findElement(By.id("agendaForm:itemKind_label")).getText()).isNotEqualTo("");
        }
        tabTo("agendaForm:itemTitle");
        type(title);
        tabTo("agendaForm:plannedMinutes");
        press(Keys.chord(Keys.CONTROL, "a"));
        type(minutes);
        tabTo("agendaForm:addItem");
        pressAndAwaitQuiet(Keys.ENTER);
    }

    private List<String> agendaTitles() {
        List<String> titles = new ArrayList<>();
        for (WebElement cell : driver.findElements(By.cssSelector("[id='agendaForm:agenda_data'] .agenda-title"))) {
            titles.add(cell.getText().strip());
        }
        return titles;
    }

    // --- keys ---

    /**
     * Presses Tab until the element with that id has the focus (or fails, naming where the focus went); Shift+Tab when
     * the element comes before the focused one, as a user goes back to a field above.
     */
    private void tabTo(String id) {
        Boolean before = (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var e = document.getElementById(arguments[0]), a = document.activeElement;"
                        + " return !!(e && a && a !== document.body && !a.contains(e) && !e.contains(a)"
                        + " && (a.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING));", id);
        moveFocus(id, before ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB);
    }

    /** Presses Shift+Tab until the element with that id has the focus. */
    private void shiftTabTo(String id) {
        moveFocus(id, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    private void moveFocus(String id, CharSequence key) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            if (focusIsIn(id)) {
                return;
            }
            new Actions(driver).sendKeys(key).perform();
            passed.add(focusedId());
        }
        throw new AssertionError("Tab never reached " + id + "; the focus went through " + passed);
    }

    /** Tab into the notes editor of that item of the minutes (Quill's editable area, inside the editor's element). */
    private void tabToEditor(int item) {
        String editor = "draftForm:items:" + item + ":notes";
        for (int i = 0; i < MAX_TABS; i++) {
            Boolean inside = (Boolean) ((JavascriptExecutor) driver).executeScript(
                    "var e = document.activeElement; return !!(e && e.isContentEditable"
                            + " && e.closest('[id=\"' + arguments[0] + '\"]'));", editor);
            if (inside) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached the notes editor " + editor);
    }

    /** The label of the option a PrimeFaces menu's open panel highlights (empty when none). */
    private String highlighted(String menuId) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "var i = document.querySelector('[id=\"' + arguments[0] + '_items\"] li.ui-state-highlight');"
                        + " return i ? i.getAttribute('data-label') : '';", menuId));
    }

    private void awaitFocus(String id) {
        Browser.waitUpTo(driver, 5).until(d -> focusIsIn(id));
    }

    /**
     * Whether the focus is on the element with that id or inside it (a PrimeFaces link button is a span with the id
     * around the focusable link).
     */
    private boolean focusIsIn(String id) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "var e = document.getElementById(arguments[0]), a = document.activeElement;"
                        + " return !!(e && a && (e === a || e.contains(a)));", id);
    }

    private String focusedId() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return document.activeElement ? document.activeElement.id : null;");
    }

    private void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private void pressAndAwaitQuiet(CharSequence key) {
        Browser.awaitAjaxAfter(driver, () -> press(key));
    }

    private void pressAndAwaitNextPage(CharSequence key) {
        WebElement html = driver.findElement(By.tagName("html"));
        press(key);
        Browser.awaitGone(driver, html, Duration.ofSeconds(30));
        Browser.awaitQuiet(driver);
    }

    // --- reading what was saved ---

    private String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    private String selectedText(String id) {
        return new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).getFirstSelectedOption()
                .getText().strip();
    }

    private String editorText(int item) {
        return driver.findElement(By.cssSelector("[id='draftForm:items:" + item + ":notes'] .ql-editor")).getText();
    }

}
