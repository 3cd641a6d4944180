package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One browser test's world: the system on the production wiring, a headless Chromium
 * ({@link HeadlessChromium#start}) and the site's base address; closing it quits the browser and
 * then closes the system. Also the axe and keyboard checks the page tests share.
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

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            system.close();
        }
    }
}
