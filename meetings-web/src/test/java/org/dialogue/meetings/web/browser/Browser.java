package org.dialogue.meetings.web.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, with the waits PrimeFaces pages need. */
public final class Browser {

    private Browser() {
    }

    /** A fresh headless Chromium at a laptop's window size, with an empty profile and no background traffic. */
    public static WebDriver headlessChromium() {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--lang=en", "--window-size=1366,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the page has loaded and no PrimeFaces Ajax request is pending. */
    public static void awaitQuiet(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)"));
    }

    /**
     * Chooses an option of a PrimeFaces select menu as a user does: opens it, optionally types in its filter, and
     * clicks the option whose label starts with {@code label}.
     */
    public static void selectOne(WebDriver driver, String menuId, String filterText, String label) {
        driver.findElement(By.id(menuId)).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        if (filterText != null) {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_filter"))).sendKeys(filterText);
        }
        By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label^='" + label + "']");
        wait.until(ExpectedConditions.elementToBeClickable(option)).click();
        wait.until(d -> d.findElement(By.id(menuId + "_label")).getText().startsWith(label.strip()));
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
}
