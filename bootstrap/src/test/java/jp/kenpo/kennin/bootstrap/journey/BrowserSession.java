package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One browser test's world: the system on the production wiring, a headless Chromium
 * ({@link HeadlessChromium#start}) and the site's base address; closing it quits the browser and
 * then closes the system. Also what the page tests share: the axe, width and keyboard checks, and
 * a member's moves (open, type by label, choose, click a button, wait for the next address).
 */
final class BrowserSession implements AutoCloseable {
    final OnboardingSystem system;
    final ChromeDriver browser;
    final String base;

    private BrowserSession(OnboardingSystem system, ChromeDriver browser) {
        this.system = system;
        this.browser = browser;
        this.base = "http://127.0.0.1:" + system.web.port();
    }

    /** The system with its demo insurer, and a fresh browser. */
    static BrowserSession open(Path dataDir, GreenMailExtension mail) {
        return around(new OnboardingSystem(dataDir, mail), dataDir);
    }

    /** The system, with or without its demo insurer, and a fresh browser. */
    static BrowserSession open(Path dataDir, GreenMailExtension mail, boolean demo) {
        return around(new OnboardingSystem(dataDir, mail, demo), dataDir);
    }

    /** The system with its demo insurer, and a fresh browser asking for pages in {@code language}. */
    static BrowserSession open(Path dataDir, GreenMailExtension mail, String language) {
        return around(new OnboardingSystem(dataDir, mail), dataDir, language);
    }

    private static BrowserSession around(OnboardingSystem system, Path dataDir) {
        return around(system, dataDir, "ja");
    }

    private static BrowserSession around(OnboardingSystem system, Path dataDir, String language) {
        try {
            return new BrowserSession(system, HeadlessChromium.start(dataDir, language));
        } catch (RuntimeException | Error e) {
            system.close();
            throw e;
        }
    }

    /** Sets the browser window to {@code width} × {@code height} CSS pixels. */
    BrowserSession windowSize(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** Fails unless axe-core finds no WCAG A/AA violation on the current page ({@code what} names it). */
    void assertAccessible(String what) {
        assertThat(Axe.violations(browser)).as("axe-core on %s (%s)", what, browser.getCurrentUrl()).isEmpty();
    }

    /** Focuses the next element with Tab until {@code target} has focus; fails after {@code max} presses. */
    void tabTo(WebElement target, int max) {
        for (int i = 0; i < max; i++) {
            if (target.equals(browser.switchTo().activeElement())) {
                return;
            }
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(browser.switchTo().activeElement()).as("Tab reaches %s", target.getAttribute("id")).isEqualTo(target);
    }

    /** The path of the address the browser is at. */
    String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    void open(String path) {
        browser.get(base + path);
    }

    /** The visible text of the first element matching {@code css}. */
    String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** Picks {@code value} in the select with this id. */
    void choose(String selectId, String value) {
        browser.findElement(By.cssSelector("select#" + selectId + " option[value='" + value + "']")).click();
    }

    /** Clears the input with this id and types {@code text}. */
    void typeInto(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Types into the input whose {@code <label>} reads exactly {@code label}, as a member finds it. */
    void typeLabelled(String label, String text) {
        typeInto(browser.findElement(By.xpath("//label[normalize-space(text())='" + label + "']")).getAttribute("for"), text);
    }

    /** Clicks the button (or submit input) that reads exactly {@code text}. */
    void clickButton(String text) {
        browser.findElement(By.xpath("//button[normalize-space()='" + text + "'] | //input[@type='submit' and @value='"
                + text + "']")).click();
    }

    /** Clicks the button and waits for the next page: for forms that post back to their own address. */
    void clickButtonAndAwaitNextPage(String text) {
        submitWith(browser.findElement(By.xpath("//button[normalize-space()='" + text + "'] | //input[@type='submit' and @value='"
                + text + "']")));
    }

    /**
     * Submits a form with its submit button and waits for the next page. At 360 px Chromium
     * sometimes delivered the first click to the form around the button (the layout still settling
     * after a full-page screenshot or a scroll), so no submit happened: the click is repeated only
     * while no submit event has fired, so a form is never posted twice.
     */
    void submitWith(WebElement button) {
        WebElement main = browser.findElement(By.tagName("main"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + " window.__submitted = false; document.addEventListener('submit', () => window.__submitted = true, true);", button);
        for (int attempt = 0; attempt < 3; attempt++) {
            button.click();
            long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (System.nanoTime() < deadline && Boolean.FALSE.equals(submittedYet())) {
                pause();
            }
            if (!Boolean.FALSE.equals(submittedYet())) {
                break; // submitted (or already on the next page)
            }
        }
        HeadlessChromium.awaitNextPage(browser, main);
    }

    /** True once the page posted a form, null when the page has already been replaced. */
    private Boolean submittedYet() {
        try {
            Object submitted = browser.executeScript("return window.__submitted;");
            return submitted == null ? null : (Boolean) submitted;
        } catch (org.openqa.selenium.WebDriverException navigating) {
            return null;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Waits (up to 5 s) for the navigation a click started to reach a path matching {@code pathPattern},
     * and returns the path; fails with what the member sees, so a wrong turn reads in the report.
     */
    String awaitPath(String pathPattern) {
        await(() -> path().matches(pathPattern));
        return path();
    }

    /** Waits (up to 5 s) for {@code done}; fails with the address and the page's text. */
    void await(BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 5 s at " + browser.getCurrentUrl() + ": " + text("body"));
            }
            pause();
        }
    }

    /**
     * Keeps the whole page, beyond the window (Chromium's DevTools capture), as a PNG at
     * {@code target/screenshots/<name>}, for people reviewing the layout.
     */
    void keepScreenshot(String name) {
        byte[] png;
        try {
            long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
            long width = ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue();
            Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException noDevTools) {
            png = browser.getScreenshotAs(OutputType.BYTES);
        }
        try {
            Path file = Path.of("target", "screenshots").resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's width in CSS pixels when wider than the window, else 0. */
    long overflow() {
        long scrollWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) browser.executeScript("return window.innerWidth")).longValue();
        return scrollWidth > viewport ? scrollWidth : 0;
    }

    /** Fails when the page is wider than the window (a phone user would have to scroll sideways). */
    void assertFitsTheWindow(String what) {
        assertThat(overflow()).as("page width of %s (%s) in a %s px window", what, browser.getCurrentUrl(),
                browser.executeScript("return window.innerWidth")).isZero();
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            system.close();
        }
    }
}
