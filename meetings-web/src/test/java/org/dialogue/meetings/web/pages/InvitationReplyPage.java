package org.dialogue.meetings.web.pages;

import java.util.List;
import org.dialogue.meetings.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The page the invitation e-mail's reply link opens, without sign-in. */
public class InvitationReplyPage {

    private final WebDriver driver;

    public InvitationReplyPage(WebDriver driver) {
        this.driver = driver;
    }

    public static InvitationReplyPage open(WebDriver driver, String baseUrl, String token) {
        driver.get(baseUrl + "invitations/reply.xhtml?token=" + token);
        Browser.awaitQuiet(driver);
        return new InvitationReplyPage(driver);
    }

    public String title() {
        return text("replyTitle");
    }

    public String when() {
        return text("replyWhen");
    }

    public String zone() {
        return text("replyZone");
    }

    public String place() {
        return text("replyPlace");
    }

    public String currentAnswer() {
        return text("replyStatus");
    }

    /** The refusal shown instead of the meeting, or "" when the link was accepted. */
    public String refusal() {
        return text("refusalText");
    }

    /** Presses accept, tentative or decline (the button's id). */
    public InvitationReplyPage press(String button) {
        driver.findElement(By.id("replyForm:" + button)).click();
        Browser.awaitQuiet(driver);
        return this;
    }

    public String messages() {
        return text("pageMessages");
    }

    private String text(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? "" : found.get(0).getText();
    }
}
