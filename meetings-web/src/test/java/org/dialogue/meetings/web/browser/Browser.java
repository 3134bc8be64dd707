package org.dialogue.meetings.web.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.decorators.Decorated;
import org.openqa.selenium.support.decorators.WebDriverDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, with the waits PrimeFaces pages need. */
public final class Browser {

    /**
     * How often a wait looks again. Selenium's default, half a second, left the machine idle most of a journey: a
     * click's Ajax answer takes tens of milliseconds, and nearly every step waits for one.
     */
    public static final Duration POLLING = Duration.ofMillis(50);

    private Browser() {
    }

    /**
     * A wait of at most that many seconds that looks again every {@link #POLLING}, and again when an element it read
     * was replaced meanwhile: an Ajax answer may swap the element between finding it and reading it (stale), which
     * only means "not yet".
     */
    public static WebDriverWait waitUpTo(WebDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds), POLLING);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** A fresh headless Chromium at a laptop's window size, with an empty profile and no background traffic. */
    public static WebDriver headlessChromium() {
        return headlessChromium(null);
    }

    /**
     * The same, with the browser's time zone set as on a computer in that zone (the TZ environment variable of
     * Chromium; null keeps the machine's), for the pages that read it through {@code Intl}.
     */
    public static WebDriver headlessChromium(String timeZone) {
        return headlessChromium(timeZone, "en");
    }

    /**
     * The same, with the browser's language (its Accept-Language header and {@code navigator.language}) set as on a
     * computer in that language: "fr", "ar"...
     */
    public static WebDriver headlessChromium(String timeZone, String language) {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--lang=" + language, "--window-size=1366,900", "--user-data-dir=" + profile);
            // The console log, for consoleErrors(): a script the Content-Security-Policy blocks is reported there.
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            ChromeDriverService.Builder builder = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                    .usingAnyFreePort();
            if (timeZone != null) {
                builder.withEnvironment(java.util.Map.of("TZ", timeZone));
            }
            ChromeDriverService service = builder.build();
            ChromeDriver driver;
            try {
                driver = new ChromeDriver(service, options);
            } catch (RuntimeException e) {
                deleteProfile(profile);
                throw e;
            }
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new OwnProfile(profile).decorate(driver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The errors the browser's console received since the last call (reading empties the log): script errors, failed
     * resources, and anything the Content-Security-Policy refused. An empty list means the pages shown meanwhile ran
     * cleanly. (The tests' server deploys the application at the root of the host, as the run command does, so the
     * icon a browser guesses at the root is the application's own and counts too.)
     */
    public static List<String> consoleErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Waits until the page has loaded and no PrimeFaces Ajax request is pending. */
    public static void awaitQuiet(WebDriver driver) {
        waitUpTo(driver, 30)
                .until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)"));
    }

    /**
     * Waits until an open PrimeFaces dialog has taken the keyboard focus. The dialog gives it to its first field in a
     * timer after it shows; keys typed before that timer runs land partly in that other field (seen: a comment typed
     * into the comment box went to the agenda-item menu before it, and an empty comment was sent).
     */
    public static void awaitFocusInDialog(WebDriver driver) {
        waitUpTo(driver, 10).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var a = document.activeElement;"
                        + " return !!(a && a.closest && a.closest('.ui-dialog') && a.offsetParent !== null);"));
    }

    /**
     * Does something that sends a PrimeFaces Ajax request (a key or click on an Ajax button), then waits until a
     * request has completed since and none is pending; a new page counts as done. (Waiting for quiet alone can pass
     * before the request has even started.)
     */
    public static void awaitAjaxAfter(WebDriver driver, Runnable action) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.testAjaxCompleted = 0;"
                + " if (!window.testAjaxCounted && window.jQuery) { window.testAjaxCounted = true;"
                + " jQuery(document).on('pfAjaxComplete', function () { window.testAjaxCompleted++; }); }");
        action.run();
        waitUpTo(driver, 30).until(d -> (Boolean) script.executeScript(
                "return window.testAjaxCompleted === undefined || window.testAjaxCompleted > 0"));
        awaitQuiet(driver);
    }

    /**
     * Chooses an option of a PrimeFaces select menu as a user does: opens it, optionally types in its filter, and
     * clicks the option whose label starts with {@code label}.
     */
    public static void selectOne(WebDriver driver, String menuId, String filterText, String label) {
        By panel = By.id(menuId + "_panel");
        By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label^='" + label + "']");
        By chosen = By.id(menuId + "_label");
        // A click that does not reach the menu on a busy machine (the label unchanged) is tried again.
        for (int attempt = 1; ; attempt++) {
            if (!isOpen(driver.findElement(panel))) {
                // As a user does: a list still closing from the last choice is gone before the menu is opened
                // again, and an option is clicked once the list has opened (during PrimeFaces' animations an option
                // can have no size, or vanish, and a WebDriver click fails).
                waitUpTo(driver, 10)
                        .until(d -> !d.findElement(panel).isDisplayed() || isOpen(d.findElement(panel)));
                if (!isOpen(driver.findElement(panel))) {
                    driver.findElement(By.id(menuId)).click();
                    waitUpTo(driver, 10)
                            .until(d -> isOpen(d.findElement(panel)));
                }
                if (filterText != null) {
                    WebElement filter = driver.findElement(By.id(menuId + "_filter"));
                    filter.clear();
                    filter.sendKeys(filterText);
                }
            }
            waitUpTo(driver, 10)
                    .until(ExpectedConditions.elementToBeClickable(option))
                    .click();
            try {
                waitUpTo(driver, 3)
                        .until(d -> d.findElement(chosen).getText().startsWith(label.strip()));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Saves a PNG of the viewport in the screenshot folder (the README shows some of them). */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path folder = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            // The whole page from its top, at the laptop width: the window grows to the page's height meanwhile.
            Dimension laptop = driver.manage().window().getSize();
            long height = (Long) ((JavascriptExecutor) driver).executeScript(
                    "window.scrollTo(0, 0); return document.documentElement.scrollHeight;");
            driver.manage().window().setSize(new Dimension(laptop.getWidth(), (int) Math.min(height + 120, 3000)));
            try {
                Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } finally {
                driver.manage().window().setSize(laptop);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PrimeFaces select menu's list shown and done opening (its CSS transition ended, not closing). */
    private static boolean isOpen(WebElement list) {
        String classes = list.getAttribute("class");
        return list.isDisplayed() && classes.contains("ui-connected-overlay-enter-done")
                && !classes.contains("ui-connected-overlay-exit");
    }

    /**
     * Waits until the element has left the page (the next page replaced it). Like Selenium's stalenessOf, but this
     * Chromium's driver sometimes reports a detached element as "Node with given id does not belong to the document"
     * (a plain WebDriverException) instead of a stale element reference: that counts as gone too.
     */
    public static void awaitGone(WebDriver driver, WebElement element, Duration timeout) {
        new WebDriverWait(driver, timeout, POLLING).until(ignored -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * Deletes the browser's temporary profile folder once Chromium has ended (or never started). Chromium's processes
     * may still write there for a moment after the driver's quit has returned: the folder is deleted again until it
     * is gone, for at most ten seconds.
     */
    private static void deleteProfile(Path profile) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try (java.util.stream.Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a file vanished or appeared meanwhile: look again
            }
            if (!Files.exists(profile)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                System.err.println("Browser: could not delete the profile folder " + profile);
                return;
            }
            try {
                Thread.sleep(100); // the pause between two looks at the folder
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Deletes the browser's profile folder when it quits: each browser has a fresh one in the temporary folder, which
     * would otherwise fill up run after run.
     */
    private static final class OwnProfile extends WebDriverDecorator<WebDriver> {
        private final Path profile;

        OwnProfile(Path profile) {
            this.profile = profile;
        }

        @Override
        public Object call(Decorated<?> target, Method method, Object[] args) throws Throwable {
            if (!method.getName().equals("quit") || method.getParameterCount() != 0) {
                return super.call(target, method, args);
            }
            try {
                return super.call(target, method, args);
            } finally {
                deleteProfile(profile);
            }
        }
    }

    /**
     * The browser's session cookies as a {@code Cookie} header sends them, for a plain HTTP client acting in the same
     * session: the id and the version Payara sets beside it (the web module is distributable; a request with the id
     * alone may be taken for an ended session).
     */
    public static String sessionCookies(WebDriver driver) {
        StringBuilder header = new StringBuilder();
        for (String name : List.of("JSESSIONID", "JSESSIONIDVERSION")) {
            org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
            if (cookie != null) {
                header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(cookie.getValue());
            }
        }
        return header.toString();
    }
}
