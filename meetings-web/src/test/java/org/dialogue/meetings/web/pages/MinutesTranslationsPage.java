package org.dialogue.meetings.web.pages;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The minutes page as it concerns languages: the minutes' language (shown, changed in the draft), the direction of
 * their content, and the translations part (WEB-INF/includes/minutes-translations.xhtml).
 */
public class MinutesTranslationsPage {

    private static final String TABLE = "translationsForm:translationsTable";

    private final WebDriver driver;

    public MinutesTranslationsPage(WebDriver driver) {
        this.driver = driver;
    }

    // --- the minutes' language ---

    /** The language the minutes page names ("Arabic"). */
    public String minutesLanguage() {
        return driver.findElement(By.id("minutesLanguage")).getText().strip();
    }

    /** The secretariat chooses the draft's language in the draft form (saved with the draft). */
    public MinutesTranslationsPage chooseMinutesLanguage(String label) {
        new Select(driver.findElement(By.id("draftForm:language"))).selectByVisibleText(label);
        return this;
    }

    /** The lang and dir of the minutes' content: the draft's while it is edited, else the content as read. */
    public String contentLangAndDir() {
        List<WebElement> content = driver.findElements(By.id("draftContent"));
        WebElement element = content.isEmpty() ? driver.findElement(By.id("minutesContent")) : content.get(0);
        return element.getAttribute("lang") + " " + element.getAttribute("dir");
    }

    /** The page's own lang and dir (on the html element). */
    public String pageLangAndDir() {
        WebElement html = driver.findElement(By.tagName("html"));
        return html.getAttribute("lang") + " " + html.getAttribute("dir");
    }

    // --- translations ---

    /** Adds a translation with one paragraph of plain text, and waits until the list shows it. */
    public MinutesTranslationsPage add(String languageLabel, String text) {
        driver.findElement(By.id("translationsForm:addTranslation")).click();
        Browser.awaitQuiet(driver);
        Browser.waitUpTo(driver, 20)
                .until(ExpectedConditions.visibilityOfElementLocated(
                By.id("translationEditForm:language")));
        new Select(driver.findElement(By.id("translationEditForm:language"))).selectByVisibleText(languageLabel);
        Browser.awaitQuiet(driver); // the editor follows the language's direction
        WebElement editor = Browser.waitUpTo(driver, 20).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("[id='translationEditForm:text'] .ql-editor")));
        editor.click();
        editor.sendKeys(text);
        driver.findElement(By.tagName("h1")).click(); // the editor syncs its field when it loses focus
        driver.findElement(By.id("translationEditForm:saveTranslation")).click();
        Browser.awaitQuiet(driver);
        Browser.waitUpTo(driver, 20)
                .until(d -> languages().contains(languageLabel));
        return this;
    }

    /** Verifies the translation of a row, confirming in the dialog. */
    public MinutesTranslationsPage verify(int row) {
        driver.findElement(By.id(TABLE + ":" + row + ":verifyTranslation")).click();
        Browser.waitUpTo(driver, 10).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        Browser.awaitQuiet(driver);
        Browser.waitUpTo(driver, 20)
                .until(d -> driver.findElements(By.id(TABLE + ":" + row + ":verifyTranslation")).isEmpty());
        return this;
    }

    /** Opens a row's translation to read it. */
    public MinutesTranslationsPage read(int row) {
        driver.findElement(By.id(TABLE + ":" + row + ":readTranslation")).click();
        Browser.awaitQuiet(driver);
        Browser.waitUpTo(driver, 20)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("translationText")));
        return this;
    }

    public List<String> languages() {
        return driver.findElements(By.cssSelector("[id='" + TABLE + "'] .translation-language")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> statuses() {
        return driver.findElements(By.cssSelector("[id='" + TABLE + "'] .translation-status")).stream()
                .map(WebElement::getText).toList();
    }

    /** The text of the whole row ("French Verified secretariat, ..."). */
    public String row(int row) {
        return driver.findElements(By.cssSelector("[id='" + TABLE + "_data'] > tr")).get(row).getText();
    }

    public boolean canWrite() {
        return !driver.findElements(By.id("translationsForm:addTranslation")).isEmpty()
                || !driver.findElements(By.cssSelector("[id$=':verifyTranslation'], [id$=':removeTranslation']"))
                        .isEmpty();
    }

    public String shownHeading() {
        return driver.findElement(By.id("translationShownHeading")).getText();
    }

    public String shownText() {
        return driver.findElement(By.id("translationText")).getText();
    }

    public String shownLangAndDir() {
        WebElement text = driver.findElement(By.id("translationText"));
        return text.getAttribute("lang") + " " + text.getAttribute("dir");
    }

    public String messages() {
        return driver.findElement(By.id("pageMessages")).getText() + " "
                + driver.findElements(By.cssSelector("#translations .ui-messages")).stream().map(WebElement::getText)
                        .reduce("", (a, b) -> a + " " + b);
    }
}
