package org.dialogue.meetings.web.pages;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dialogue.meetings.web.browser.Browser;
import org.dialogue.meetings.web.support.Labels;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The minutes page: the facts, the secretariat's draft form, the workflow buttons and dialogs, the rounds. */
public class MinutesPage {

    private final WebDriver driver;

    public MinutesPage(WebDriver driver) {
        this.driver = driver;
    }

    /** From the meeting page: opens the minutes (secretariat, none yet) or follows the link to them. */
    public static MinutesPage fromMeeting(WebDriver driver, String baseUrl, long meetingId) {
        MeetingPage.open(driver, baseUrl, meetingId);
        List<WebElement> link = driver.findElements(By.id("minutesForm:minutesLink"));
        if (!link.isEmpty()) {
            link.get(0).click();
            Browser.awaitQuiet(driver);
        } else {
            clickAndAwaitNextPage(driver, By.id("minutesForm:openMinutes"));
        }
        return new MinutesPage(driver);
    }

    public static MinutesPage open(WebDriver driver, String baseUrl, long minutesId) {
        driver.get(baseUrl + "minutes/view.xhtml?id=" + minutesId);
        Browser.awaitQuiet(driver);
        return new MinutesPage(driver);
    }

    public long id() {
        String url = driver.getCurrentUrl();
        return Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String state() {
        return driver.findElement(By.id("minutesState")).getText();
    }

    public String revision() {
        return driver.findElement(By.id("minutesRevision")).getText();
    }

    public String sha256() {
        return driver.findElement(By.id("sha256")).getText().strip();
    }

    public boolean shows(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** The address of the canonical file's download link. */
    public String downloadHref() {
        return driver.findElement(By.id("downloadCanonical")).getAttribute("href");
    }

    /** The fingerprint (key id) of the key that signed approved minutes, shown beside the SHA-256. */
    public String signingKeyId() {
        return driver.findElement(By.id("signingKeyId")).getText().strip();
    }

    /** The address of the signature's ({@code .sig}) download link. */
    public String signatureHref() {
        return driver.findElement(By.id("downloadSignature")).getAttribute("href");
    }

    /** The address of the signing key's PEM, linked beside its fingerprint. */
    public String signingKeyHref() {
        return driver.findElement(By.id("downloadSigningKey")).getAttribute("href");
    }

    public String pageMessages() {
        return driver.findElement(By.id("pageMessages")).getText();
    }

    /** Every message shown in the draft form (refusals at its top and beside fields). */
    public String draftMessages() {
        return driver.findElements(By.cssSelector("#draftForm .ui-messages, #draftForm .ui-message")).stream()
                .map(WebElement::getText).reduce("", (a, b) -> a + " " + b).strip();
    }

    // --- the draft form ---

    private By editor(int item) {
        return By.cssSelector("[id='draftForm:items:" + item + ":notes'] .ql-editor");
    }

    /** Types at the end of an item's notes: first some bold text (Ctrl+B on and off), then plain text. */
    public MinutesPage typeNotes(int item, String bold, String plain) {
        WebElement editor = driver.findElement(editor(item));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        if (bold != null) {
            editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
            editor.sendKeys(bold);
            editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        }
        if (plain != null) {
            editor.sendKeys(plain);
        }
        return this;
    }

    /** Presses Tab in an item's editor: whether the focus left it (Tab types no tab character there). */
    public boolean tabLeaves(int item) {
        WebElement editor = driver.findElement(editor(item));
        editor.click();
        editor.sendKeys(Keys.TAB);
        return !editor.equals(driver.switchTo().activeElement());
    }

    /** The HTML of an item's notes as the editor holds it. */
    public String editorHtml(int item) {
        return driver.findElement(editor(item)).getAttribute("innerHTML");
    }

    /**
     * Puts raw HTML in what an item's editor submits, as a forged request (or another editor) would send it, past
     * the editor's own clean-up: what reaches the server is exactly this.
     */
    /** Pastes HTML into an item's editor, as a paste from another application's clipboard arrives there. */
    public MinutesPage pasteHtml(int item, String html) {
        WebElement editor = driver.findElement(editor(item));
        editor.click();
        ((JavascriptExecutor) driver).executeScript("var data = new DataTransfer();"
                + " data.setData('text/html', arguments[1]); data.setData('text/plain', arguments[2]);"
                + " arguments[0].dispatchEvent(new ClipboardEvent('paste',"
                + " {clipboardData: data, bubbles: true, cancelable: true}));", editor, html, "pasted");
        return this;
    }

    public MinutesPage forgeNotesHtml(int item, String html) {
        driver.findElement(By.tagName("h1")).click(); // the editor syncs its field when it loses focus: first that
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                "draftForm:items:" + item + ":notes_input", html);
        return this;
    }

    public MinutesPage addAttendee(String name, String organisation, String status) {
        int row = rows("draftForm:attendance");
        clickAndAwaitQuiet(By.id("draftForm:addAttendee"));
        String prefix = "draftForm:attendance:" + row + ":";
        type(prefix + "attendeeName", name);
        new Select(driver.findElement(By.id(prefix + "attendeeOrganisation"))).selectByVisibleText(organisation);
        new Select(driver.findElement(By.id(prefix + "attendeeStatus"))).selectByVisibleText(status);
        return this;
    }

    public MinutesPage addDecision(String text, String agendaItem) {
        int row = rows("draftForm:decisions");
        clickAndAwaitQuiet(By.id("draftForm:addDecision"));
        String prefix = "draftForm:decisions:" + row + ":";
        type(prefix + "decisionText", text);
        if (agendaItem != null) {
            new Select(driver.findElement(By.id(prefix + "decisionItem"))).selectByVisibleText(agendaItem);
        }
        return this;
    }

    public String decisionText(int row) {
        return driver.findElement(By.id("draftForm:decisions:" + row + ":decisionText")).getAttribute("value");
    }

    public MinutesPage addAction(String title, String owner, String focalPoint, String dueDate, Integer decision) {
        int row = rows("draftForm:actions");
        clickAndAwaitQuiet(By.id("draftForm:addAction"));
        String prefix = "draftForm:actions:" + row + ":";
        type(prefix + "actionTitle", title);
        new Select(driver.findElement(By.id(prefix + "actionOwner"))).selectByVisibleText(owner);
        type(prefix + "actionFocalPoint", focalPoint);
        WebElement due = driver.findElement(By.id(prefix + "actionDueDate_input"));
        due.click();
        due.sendKeys(Keys.chord(Keys.CONTROL, "a"), dueDate, Keys.TAB);
        if (decision != null) {
            type(prefix + "actionDecision", String.valueOf(decision));
        }
        return this;
    }

    /** Saves the draft and expects the page to open again with it saved. */
    public MinutesPage save() {
        clickAndAwaitNextPage(driver, By.id("draftForm:saveDraft"));
        if (!pageMessages().contains(Labels.of(driver).prefix("minutes.saved"))) {
            Browser.screenshot(driver, "failed-minutes-save");
            throw new AssertionError("The draft was not saved: " + draftMessages() + " " + pageMessages());
        }
        return this;
    }

    /** Saves the draft and expects a refusal: the form stays. */
    public MinutesPage saveExpectingRefusal() {
        clickAndAwaitQuiet(By.id("draftForm:saveDraft"));
        Browser.waitUpTo(driver, 20).until(d -> !draftMessages().isEmpty());
        return this;
    }

    // --- the workflow ---

    /** Circulates with the deadline the dialog proposes (a week ahead). */
    public MinutesPage circulate() {
        driver.findElement(By.id("workflowForm:openCirculate")).click();
        Browser.waitUpTo(driver, 10)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("circulateForm:confirmCirculate")));
        clickAndAwaitNextPage(driver, By.id("circulateForm:confirmCirculate"));
        return this;
    }

    public MinutesPage revise(String reason) {
        driver.findElement(By.id("workflowForm:openRevise")).click();
        WebElement field = Browser.waitUpTo(driver, 10)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("reviseForm:reason")));
        Browser.awaitFocusInDialog(driver);
        field.sendKeys(reason);
        clickAndAwaitNextPage(driver, By.id("reviseForm:confirmRevise"));
        return this;
    }

    public MinutesPage approve() {
        driver.findElement(By.id("workflowForm:approve")).click();
        WebElement yes = Browser.waitUpTo(driver, 10).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        WebElement page = driver.findElement(By.tagName("h1"));
        yes.click();
        Browser.awaitGone(driver, page, Duration.ofSeconds(30));
        Browser.awaitQuiet(driver);
        return this;
    }

    public MinutesPage comment(String agendaItem, String text) {
        driver.findElement(By.id("workflowForm:openComment")).click();
        WebElement field = Browser.waitUpTo(driver, 10)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("commentForm:comment")));
        Browser.awaitFocusInDialog(driver);
        if (agendaItem != null) {
            new Select(driver.findElement(By.id("commentForm:commentItem"))).selectByVisibleText(agendaItem);
        }
        field.sendKeys(text);
        Browser.waitUpTo(driver, 10).until(d -> field.getAttribute("value").endsWith(text));
        clickAndAwaitNextPage(driver, By.id("commentForm:confirmComment"));
        return this;
    }

    /** Replies to the comment of an organisation in the newest round. */
    public MinutesPage reply(String organisation, String text) {
        int row = answerRows(0).indexOf(organisation);
        driver.findElement(By.id("roundsForm:rounds:0:answers:" + row + ":replyButton")).click();
        WebElement field = Browser.waitUpTo(driver, 10)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("replyForm:replyText")));
        Browser.awaitFocusInDialog(driver);
        field.sendKeys(text);
        Browser.waitUpTo(driver, 10).until(d -> field.getAttribute("value").endsWith(text));
        clickAndAwaitNextPage(driver, By.id("replyForm:confirmReply"));
        return this;
    }

    /** The round whose text the page shows, as its facts say. */
    public String round() {
        return driver.findElement(By.id("minutesRound")).getText();
    }

    /** The text in a dialog's field ({@code commentForm:comment}, {@code replyForm:replyText}) when it is open. */
    public Optional<String> openDialogText(String fieldId) {
        List<WebElement> field = driver.findElements(By.id(fieldId));
        return field.isEmpty() || !field.get(0).isDisplayed() ? Optional.empty()
                : Optional.of(field.get(0).getAttribute("value"));
    }

    /** Sends the comment or reply dialog that the page opened again with what was typed ({@code commentForm}). */
    public MinutesPage sendAgain(String formId) {
        clickAndAwaitNextPage(driver, By.id(formId + (formId.startsWith("comment") ? ":confirmComment"
                : ":confirmReply")));
        return this;
    }

    public boolean canAnswer() {
        return shows("workflowForm:approve");
    }

    /** The organisations of a round's answers, in the table's order; round 0 is the newest. */
    public List<String> answerRows(int round) {
        return driver.findElements(By.cssSelector("[id='roundsForm:rounds:" + round + ":answers'] .answer-organisation"))
                .stream().map(WebElement::getText).toList();
    }

    /** The text of a round's table ("AFRIPOL Approved by ..."); round 0 is the newest. */
    public String roundText(int round) {
        return driver.findElement(By.id("roundsForm:rounds:" + round + ":answers")).getText();
    }

    public String roundHeadings() {
        return driver.findElements(By.cssSelector(".round h3")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b).strip();
    }

    /** The notes as shown to readers (not in the editor), as HTML. */
    public String readNotesHtml() {
        return driver.findElements(By.cssSelector(".minutes-notes")).stream()
                .map(e -> e.getAttribute("innerHTML")).reduce("", (a, b) -> a + "\n" + b);
    }

    public String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    // --- helpers ---

    private int rows(String tableId) {
        return driver.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr:not(.ui-datatable-empty-message)"))
                .size();
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void clickAndAwaitQuiet(By button) {
        driver.findElement(button).click();
        Browser.awaitQuiet(driver);
    }

    /** Clicks a button whose action opens a page (a redirect) and waits until that page has replaced this one. */
    static void clickAndAwaitNextPage(WebDriver driver, By button) {
        WebElement page = driver.findElement(By.tagName("h1"));
        driver.findElement(button).click();
        Browser.awaitGone(driver, page, Duration.ofSeconds(30));
        Browser.awaitQuiet(driver);
    }
}
