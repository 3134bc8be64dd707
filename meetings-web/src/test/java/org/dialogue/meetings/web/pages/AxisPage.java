package org.dialogue.meetings.web.pages;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A priority axis's page: the register, the decisions and the actions serving it. */
public class AxisPage {

    private final WebDriver driver;

    public AxisPage(WebDriver driver) {
        this.driver = driver;
    }

    public static AxisPage open(WebDriver driver, String baseUrl, long axisId) {
        driver.get(baseUrl + "editions/axis.xhtml?id=" + axisId);
        Browser.awaitQuiet(driver);
        return new AxisPage(driver);
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The register's rows as text: "2030 AFRIPOL Achieved comment who, when". */
    public List<String> register() {
        return driver.findElements(By.cssSelector("#registerForm\\:register tbody tr")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }

    public boolean offersRecording() {
        return !driver.findElements(By.id("registerForm:recordProgress")).isEmpty();
    }

    /**
     * Records a new line for this year through the dialog; organisation null keeps the one proposed (a delegate's
     * own).
     */
    public AxisPage record(String organisation, int year, String statusLabel, String comment) {
        driver.findElement(By.id("registerForm:recordProgress")).click();
        Browser.awaitQuiet(driver);
        Browser.waitUpTo(driver, 10).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("progressDialog")));
        Browser.awaitFocusInDialog(driver);
        if (organisation != null) {
            Browser.selectOne(driver, "progressForm:organisation", null, organisation);
        }
        // The year proposed is this year: checked, not retyped (the number input formats as it is typed).
        String proposed = driver.findElement(By.id("progressForm:year_input")).getAttribute("value");
        if (!proposed.equals(String.valueOf(year))) {
            throw new IllegalArgumentException("The dialog proposes " + proposed + ", not " + year);
        }
        Browser.selectOne(driver, "progressForm:status", null, statusLabel);
        WebElement text = driver.findElement(By.id("progressForm:comment"));
        text.clear();
        text.sendKeys(comment);
        driver.findElement(By.id("progressForm:saveProgress")).click();
        Browser.awaitQuiet(driver);
        Browser.waitUpTo(driver, 10).until(
                ExpectedConditions.invisibilityOfElementLocated(By.id("progressDialog")));
        return this;
    }

    public List<String> decisions() {
        return driver.findElements(By.cssSelector("#decisions .decision-text")).stream().map(WebElement::getText)
                .toList();
    }

    public List<String> actions() {
        return driver.findElements(By.cssSelector("#axisActions .action-title")).stream().map(WebElement::getText)
                .toList();
    }
}
