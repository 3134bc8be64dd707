package org.dialogue.meetings.web.pages;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The agreements list and an agreement's page: a form for administrators, the facts for everyone else. */
public class AgreementPages {

    private final WebDriver driver;

    public AgreementPages(WebDriver driver) {
        this.driver = driver;
    }

    public static AgreementPages open(WebDriver driver, String baseUrl, long id) {
        driver.get(baseUrl + "agreements/edit.xhtml?id=" + id);
        Browser.awaitQuiet(driver);
        return new AgreementPages(driver);
    }

    /**
     * As an administrator: records an agreement between the given organisations and returns its id (read from its
     * link in the list the save leads to).
     */
    public static long record(WebDriver driver, String baseUrl, String title, String... partyAcronyms) {
        driver.get(baseUrl + "agreements/edit.xhtml");
        Browser.awaitQuiet(driver);
        WebElement titleInput = driver.findElement(By.id("agreementForm:title"));
        titleInput.sendKeys(title);
        driver.findElement(By.id("agreementForm:parties")).click();
        By item = By.cssSelector("[id='agreementForm:parties_panel'] li[data-item-value] label");
        for (String acronym : partyAcronyms) {
            List<WebElement> labels = Browser.waitUpTo(driver, 10)
                    .until(ExpectedConditions.visibilityOfAllElementsLocatedBy(item));
            labels.stream().filter(l -> l.getText().startsWith(acronym + " ")).findFirst().orElseThrow().click();
        }
        driver.findElement(By.tagName("h1")).click(); // a click outside closes the menu
        driver.findElement(By.id("agreementForm:save")).click();
        Browser.waitUpTo(driver, 30)
                .until(ExpectedConditions.urlContains("agreements/list"));
        Browser.awaitQuiet(driver);
        String href = driver.findElement(By.linkText(title)).getAttribute("href");
        return Long.parseLong(href.substring(href.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The facts shown to readers who may not change the agreement; empty when the page shows the form. */
    public String facts() {
        List<WebElement> facts = driver.findElements(By.id("agreementFacts"));
        return facts.isEmpty() ? "" : facts.get(0).getText();
    }
}
