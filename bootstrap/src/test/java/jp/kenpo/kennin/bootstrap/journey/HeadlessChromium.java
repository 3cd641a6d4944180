package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven through Debian's chromedriver (installed by .ci/run; never a
 * downloaded browser), headless, without the background connections this machine's closed
 * network refuses; and the waits every browser test needs because a page loads on its own time.
 */
final class HeadlessChromium {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private HeadlessChromium() {
    }

    /** A fresh browser with a profile under {@code dataDir}, finding elements for up to 2 seconds. */
    static ChromeDriver start(Path dataDir) {
        return start(dataDir, "ja");
    }

    /** As {@link #start(Path)}, with the browser asking for pages in {@code language} ("ja" or "en"). */
    static ChromeDriver start(Path dataDir, String language) {
        assertThat(new File(CHROMIUM)).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
        try {
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                    "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(dataDir, "chromium"), "--lang=" + language);
            // --- english --- the site follows Accept-Language; headless Chromium sends en-US whatever --lang says.
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort().build();
            ChromeDriver browser = new ChromeDriver(service, options);
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's source once it shows {@code text} (after a key press the next page may not be there yet). */
    static String pageOnceItShows(WebDriver browser, String text) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String source = browser.getPageSource();
        while (!source.contains(text) && System.nanoTime() < deadline) {
            pause();
            source = browser.getPageSource();
        }
        return source;
    }

    /** Waits until {@code old} (an element of the page before a submit) has left the document. */
    static void awaitNextPage(WebDriver browser, WebElement old) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                old.isEnabled();
            } catch (WebDriverException replaced) { // stale, or its node left the document mid-navigation
                return;
            }
            pause();
        }
        throw new AssertionError("the page did not change after submitting its form: " + browser.getCurrentUrl());
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
