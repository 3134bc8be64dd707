package org.dialogue.meetings.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;

/**
 * What a hostile user does to a page in their own browser before submitting it: values the inputs would not let them
 * type, options the menus do not offer, a view state removed or made up. Runs through WebDriver, which a page's
 * Content-Security-Policy does not restrict (as a user's developer tools are not restricted either).
 */
public final class Forgery {

    /** The global a script payload sets if it ever runs. */
    public static final String MARKER = "__xss";

    private Forgery() {
    }

    /** Sets an input's value directly, past its maxlength. */
    public static void setValue(WebDriver driver, String inputId, String value) {
        js(driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", inputId, value);
    }

    /**
     * Makes a select menu send a value it does not offer: the last option of its hidden {@code <select>}
     * ({@code <menu id>_input} for PrimeFaces) gets that value and is chosen.
     */
    public static void forgeSelectOne(WebDriver driver, String selectId, String value) {
        js(driver).executeScript("var s = document.getElementById(arguments[0]);"
                + " var o = s.options[s.options.length - 1]; o.value = arguments[1]; s.value = arguments[1];",
                selectId, value);
    }

    /** Makes a multiple-choice menu send a value it does not offer: its first checkbox gets it and is ticked. */
    public static void forgeCheckbox(WebDriver driver, String name, String value) {
        js(driver).executeScript("var c = document.querySelector(\"input[type='checkbox'][name='\" + arguments[0]"
                + " + \"']\"); c.value = arguments[1]; c.checked = true;", name, value);
    }

    /** Removes the view state field of every form of the page. */
    public static void removeViewState(WebDriver driver) {
        js(driver).executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(function (field) { field.remove(); });");
    }

    /** Replaces the view state of every form of the page by a made-up one. */
    public static void forgeViewState(WebDriver driver, String value) {
        js(driver).executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(function (field) { field.value = arguments[0]; });", value);
    }

    /** Asserts that no payload ran on the page shown: the marker global is unset and no alert is open. */
    public static void assertNoScriptRan(WebDriver driver, String where) {
        assertThat(js(driver).executeScript("return typeof window." + MARKER + ";")).as("script ran on " + where)
                .isEqualTo("undefined");
        try {
            String text = driver.switchTo().alert().getText();
            throw new AssertionError("An alert opened on " + where + ": " + text);
        } catch (NoAlertPresentException expected) {
            // no alert: good
        }
    }

    private static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }
}
