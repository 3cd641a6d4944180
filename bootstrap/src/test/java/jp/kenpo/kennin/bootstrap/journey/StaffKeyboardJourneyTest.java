package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.adapters.crypto.Totp;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorCommand;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The operator's enrolment and first sign-in in headless Chromium by keyboard alone: Tab to each
 * field, type, Enter. The QR code is drawn (inline SVG) under the site's CSP without a single
 * violation, a wrong code puts the focus on the error summary, and the sign-in form reaches /admin.
 * Every page on the way passes axe-core's WCAG 2.2 A/AA rules.
 */
@Tag("slow") // starts Chromium
class StaffKeyboardJourneyTest {
    private static final String PASSWORD = "キーボードだけで入力する長いパスフレーズ";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;
    private BrowserSession session;
    private OnboardingSystem system;
    private ChromeDriver browser;
    private String base;
    private final Totp authenticator = Totp.standard();

    @BeforeEach
    void start() {
        session = BrowserSession.open(dataDir, mail).windowSize(1280, 900);
        system = session.system;
        browser = session.browser;
        base = session.base;
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theOperatorEnrolsAndSignsInByKeyboardAlone() {
        var created = system.wiring.createOperator(new CreateOperatorCommand("ops.keys", "鍵盤 太郎"));
        var other = (CreateOperatorResult.Created) system.wiring.createOperator(new CreateOperatorCommand("ops.other", "別の 運用者"));
        String link = URI.create(((CreateOperatorResult.Created) created).enrolmentLink()).getPath();

        browser.get(base + link);
        WebElement qr = browser.findElement(By.cssSelector("figure.qr svg"));
        assertThat(qr.isDisplayed()).isTrue();
        assertThat(qr.getSize().getWidth()).isEqualTo(240);
        assertThat(qr.getAccessibleName()).contains("ops.keys");
        String secret = browser.findElement(By.cssSelector("code.totp-secret")).getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{16,}");
        assertPassesAxe();

        tabTo("password").sendKeys(PASSWORD);
        tabTo("passwordAgain").sendKeys(PASSWORD);
        submit(tabTo("totpCode"), wrong(authenticator.codeAt(secret, system.clock.instant())));

        // The error summary takes the focus; its link leads to the field, the field says what is wrong.
        WebElement summary = browser.switchTo().activeElement();
        assertThat(summary.getAttribute("id")).isEqualTo("form-errors");
        assertThat(summary.getText()).contains("確認コードが正しくありません");
        assertThat(tabFromHere().getAttribute("href")).endsWith("#totpCode");
        assertThat(browser.findElement(By.id("totpCode")).getAccessibleName()).isEqualTo("確認コード（6桁）");
        assertThat(browser.findElement(By.cssSelector("code.totp-secret")).getText().replace(" ", "")).isEqualTo(secret);
        assertPassesAxe();

        tabTo("password").sendKeys(PASSWORD);
        tabTo("passwordAgain").sendKeys(PASSWORD);
        submit(tabTo("totpCode"), authenticator.codeAt(secret, system.clock.instant()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("利用登録が完了しました");
        List<WebElement> codes = browser.findElements(By.cssSelector("ol.recovery-codes code"));
        assertThat(codes).hasSize(10).allMatch(WebElement::isDisplayed);
        assertPassesAxe();
        browser.get(base + link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("このリンクは使えません");
        assertPassesAxe();

        system.clock.advance(Duration.ofSeconds(30));
        browser.get(base + "/admin/login");
        assertPassesAxe();
        tabTo("login").sendKeys("ops.keys");
        tabTo("password").sendKeys("not the password");
        submit(tabTo("oneTimeCode"), "123456");
        assertThat(browser.findElement(By.id("form-errors")).getText()).contains("ログインできませんでした");
        assertPassesAxe();
        browser.get(base + "/admin/login");
        tabTo("login").sendKeys("ops.keys");
        tabTo("password").sendKeys(PASSWORD);
        submit(tabTo("oneTimeCode"), authenticator.codeAt(secret, system.clock.instant()));
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/admin");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("ops.keys");

        // The menu and sign-out are reachable by keyboard too.
        WebElement menuLink = tabToLink("/admin/operator/staff");
        follow(menuLink);
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/admin/operator/staff");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("ops.keys", "鍵盤 太郎", "ops.other");
        assertPassesAxe();
        follow(tabToLink("/admin/operator/staff/new"));
        assertPassesAxe();
        tabTo("insurerCode").sendKeys("no-such-insurer");
        tabTo("login").sendKeys("kanri.keys");
        tabTo("displayName").sendKeys("管理 鍵盤");
        submit(tabTo("email"), "kanri.keys@example.com");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("form-errors");
        assertPassesAxe();
        browser.get(base + "/admin/operator/staff");
        WebElement disable = tabToLinkEndingWith("/" + other.id().value() + "/disable");
        follow(disable);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("ops.other");
        assertPassesAxe();

        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused")).toList();
        assertThat(violations).isEmpty();
    }

    /** Types into the focused field and presses Enter, then waits for the next page. */
    private void submit(WebElement field, String text) {
        WebElement page = browser.findElement(By.tagName("html"));
        field.sendKeys(text, Keys.ENTER);
        waitUntilGone(page);
    }

    private void follow(WebElement link) {
        WebElement page = browser.findElement(By.tagName("html"));
        link.sendKeys(Keys.ENTER);
        waitUntilGone(page);
    }

    private void waitUntilGone(WebElement old) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                old.isDisplayed();
                Thread.sleep(50);
            } catch (org.openqa.selenium.WebDriverException gone) { // stale: the next page is there
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the page did not change: " + browser.getCurrentUrl());
    }

    private void assertPassesAxe() {
        assertThat(Axe.violations(browser)).as("axe-core on %s", browser.getCurrentUrl()).isEmpty();
    }

    private WebElement tabToLinkEndingWith(String suffix) {
        browser.executeScript("document.activeElement && document.activeElement.blur();");
        for (int i = 0; i < 60; i++) {
            WebElement active = tabFromHere();
            String href = active.getAttribute("href");
            if (href != null && href.endsWith(suffix)) {
                return active;
            }
        }
        throw new AssertionError("Tab never reached a link ending with " + suffix);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    /** Presses Tab from the top of the page until the field with this id has the focus. */
    private WebElement tabTo(String id) {
        browser.executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        for (int i = 0; i < 40; i++) {
            WebElement active = tabFromHere();
            if (id.equals(active.getAttribute("id"))) {
                return active;
            }
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private WebElement tabToLink(String path) {
        browser.executeScript("document.activeElement && document.activeElement.blur();");
        for (int i = 0; i < 40; i++) {
            WebElement active = tabFromHere();
            String href = active.getAttribute("href");
            if (href != null && URI.create(href).getPath().equals(path)) {
                return active;
            }
        }
        throw new AssertionError("Tab never reached a link to " + path);
    }

    private WebElement tabFromHere() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
        return browser.switchTo().activeElement();
    }
}
