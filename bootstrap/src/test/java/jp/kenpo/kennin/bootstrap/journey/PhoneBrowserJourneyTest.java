package jp.kenpo.kennin.bootstrap.journey;

import java.awt.image.BufferedImage;
import java.util.List;
import javax.imageio.ImageIO;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import static jp.kenpo.kennin.bootstrap.journey.OnboardingSystem.codeIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jp.kenpo.kennin.application.roster.RosterRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The manual's journey in a real headless Chromium at a 360 px phone width: fields are found by
 * their visible label, nothing is wider than the screen, the completion dialog is really shown,
 * and the same pages also fit a PC window. Uses Debian's chromium and chromedriver
 * (installed by .ci/run); it never downloads a browser.
 */
@Tag("slow") // starts Chromium
class PhoneBrowserJourneyTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;

    private BrowserSession session;
    private OnboardingSystem system;
    private ChromeDriver browser;
    private String base;
    private int screenshots;

    @BeforeEach
    void start() {
        session = BrowserSession.open(dataDir, mail).windowSize(360, 780);
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
    void aMemberOnAPhoneGetsFromSignupToTheMainScreen() {
        RosterRow member = system.addMember("34", "1200", "試験　花子", "シケン ハナコ", "1992/07/15", "hanako.shiken@example.com");

        browser.get(base + "/signup");
        assertFitsTheScreen();
        type("保険者指定コード", "demo");
        type("記号", "３４");
        type("番号", "1200");
        type("生年月日", "1992/07/15");
        type("氏名（カナ）", "ｼｹﾝ ﾊﾅｺ");
        click("認証");

        assertOn("/signup/credentials");
        assertFitsTheScreen();
        type("ユーザID", "hanako.shiken");
        type("パスワード", "Shiken+2026");
        type("パスワード（確認）", "Shiken+2026");
        click("作成する");

        assertOn("/signup/code");
        assertFitsTheScreen();
        type("認証コード", codeIn(system.lastMailTo(member.email())));
        click("OK");

        WebElement dialog = browser.findElement(By.cssSelector("dialog[open], [role=dialog]"));
        assertThat(dialog.isDisplayed()).isTrue();
        assertThat(dialog.getText()).contains("登録が完了しました");
        dialog.findElement(By.linkText("OK")).click();

        assertOn("/login");
        assertFitsTheScreen();
        type("ユーザID", "hanako.shiken");
        type("パスワード", "Shiken+2026");
        click("ログイン");

        assertOn("/terms");
        assertFitsTheScreen();
        browser.findElement(By.xpath("//label[normalize-space()='利用規約に同意する']")).click();
        click("次へ");

        assertOn("/home");
        assertFitsTheScreen();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("試験　花子", "今回の調査の対象となる被扶養者はいません",
                "健康保険組合からのお知らせ");

        browser.manage().window().setSize(new Dimension(1280, 900));
        assertFitsTheScreen();
    }

    @Test
    void anErrorIsShownNextToTheFormAndAnnouncedToScreenReaders() {
        browser.get(base + "/login");
        type("ユーザID", "nobody-here");
        type("パスワード", "Wrong+2026");
        click("ログイン");

        WebElement alert = browser.findElement(By.cssSelector("[role=alert]"));
        assertThat(alert.isDisplayed()).isTrue();
        assertThat(alert.getText()).contains("ユーザIDまたはパスワードが正しくありません");
        assertFitsTheScreen();
    }

    @Test
    void aMemberOnAPhoneAnswersUploadsAPhotoWithTheFilePickerAndSubmits() throws Exception {
        RosterRow member = system.addMember("34", "1300", "試験　次郎", "シケン ジロウ", "1975/03/03", "jiro.shiken@example.com");
        assertThat(system.wiring.importDependents(new ImportDependentsCommand(OnboardingSystem.INSURER, List.of(
                new DependentRosterRow(2, "34", "1300", "1", "試験　学", "シケン マナブ", "2006/06/01", "長男", "男", "同居", "")))))
                .isInstanceOf(ImportRosterResult.Imported.class);
        system.registerAndLogIn(system.browser(), member, "jiro.shiken", "Shiken+2026");
        Path photo = dataDir.resolve("IMG_0042.jpg");
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "jpeg", photo.toFile());

        browser.get(base + "/login");
        type("ユーザID", "jiro.shiken");
        type("パスワード", "Shiken+2026");
        click("ログイン");
        assertOn("/home");
        browser.findElement(By.cssSelector("li.task a")).click(); // the task list opens the one-page form; the next action opens the steps
        choose("LIVING", "TOGETHER");
        choose("SITUATION", "STUDENT");
        clickAndWaitForReload("一時保存");
        choose("RESIDENCE", "IN_JAPAN");
        choose("EMPLOYMENT_CHANGED", "no");
        choose("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING");
        choose("OTHER_HEALTH_INSURANCE", "no");
        choose("DISABLED", "no");
        browser.findElement(By.id("MEMBER_INCOME")).sendKeys("６００万");
        clickAndWaitForReload("一時保存");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("見込み：継続可");
        assertFitsTheScreen();

        browser.findElement(By.linkText("書類をアップロードする")).click();
        assertFitsTheScreen();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("マイナンバー");
        for (String kind : List.of("INCOME_CERTIFICATE", "STUDENT_CERTIFICATE")) {
            WebElement picker = browser.findElement(By.id("file-" + kind));
            assertThat(picker.getAttribute("accept")).contains("image/heic", "application/pdf");
            picker.sendKeys(photo.toString());
            picker.findElement(By.xpath("ancestor::form//button")).click();
            waitUntilGone(picker);
            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("「IMG_0042.jpg」をアップロードしました。");
        }
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("必要な書類はすべてアップロードされています。");
        assertFitsTheScreen();

        browser.findElement(By.linkText("提出内容の確認・提出へ")).click();
        assertOn("/survey/confirm");
        assertFitsTheScreen();
        click("提出する");
        assertOn("/survey/submitted");
        assertFitsTheScreen();
        String receipt = browser.findElement(By.id("receipt")).getText();
        assertThat(OnboardingSystem.body(system.lastMailTo(member.email()))).contains("受付番号：" + receipt);
    }

    /** The page posts back to its own address, so the URL cannot tell that the new page is there. */
    private void clickAndWaitForReload(String buttonText) {
        WebElement page = browser.findElement(By.tagName("main"));
        click(buttonText);
        waitUntilGone(page);
    }

    private void waitUntilGone(WebElement old) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                old.isDisplayed();
                Thread.sleep(50);
            } catch (org.openqa.selenium.WebDriverException gone) { // stale, or its node left the document mid-navigation
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the page did not reload: " + browser.getCurrentUrl());
    }

    private void choose(String question, String value) {
        browser.findElement(By.xpath("//select[@id='" + question + "']/option[@value='" + value + "']")).click();
    }

    /** Types into the input whose {@code <label>} reads exactly this text (as a member finds it). */
    private void type(String label, String text) {
        WebElement labelElement = browser.findElement(By.xpath("//label[normalize-space(text())='" + label + "']"));
        WebElement input = browser.findElement(By.id(labelElement.getAttribute("for")));
        input.clear();
        input.sendKeys(text);
    }

    private void click(String buttonText) {
        browser.findElement(By.xpath("//button[normalize-space()='" + buttonText + "'] | //input[@type='submit' and @value='"
                + buttonText + "']")).click();
    }

    /** Leaves each page as the member saw it in target/screenshots, for people reviewing the layout. */
    private void keepScreenshot() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            String name = String.format("%02d-%d-%s.png", ++screenshots, browser.manage().window().getSize().getWidth(),
                    java.net.URI.create(browser.getCurrentUrl()).getPath().replaceAll("[^a-z]+", "-").replaceAll("^-|-$", ""));
            Files.write(dir.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Waits (up to 5 s) for the navigation a click started, then fails with what the member sees,
     * so a wrong turn is readable in the report.
     */
    private void assertOn(String path) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!browser.getCurrentUrl().endsWith(path) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(browser.getCurrentUrl()).as(() -> browser.findElement(By.tagName("body")).getText()).endsWith(path);
    }

    private void assertFitsTheScreen() {
        keepScreenshot();
        JavascriptExecutor js = browser;
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        long viewport = ((Number) js.executeScript("return window.innerWidth")).longValue();
        assertThat(scrollWidth).as("page width at %s px (%s)", viewport, browser.getCurrentUrl()).isLessThanOrEqualTo(viewport);
    }
}
