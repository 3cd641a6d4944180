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
import java.nio.file.Path;
import jp.kenpo.kennin.application.roster.RosterRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
        session.typeLabelled("保険者指定コード", "demo");
        session.typeLabelled("記号", "３４");
        session.typeLabelled("番号", "1200");
        session.typeLabelled("生年月日", "1992/07/15");
        session.typeLabelled("氏名（カナ）", "ｼｹﾝ ﾊﾅｺ");
        session.clickButton("認証");

        session.awaitPath("/signup/credentials");
        assertFitsTheScreen();
        session.typeLabelled("ユーザID", "hanako.shiken");
        session.typeLabelled("パスワード", "Shiken+2026");
        session.typeLabelled("パスワード（確認）", "Shiken+2026");
        session.clickButton("作成する");

        session.awaitPath("/signup/code");
        assertFitsTheScreen();
        session.typeLabelled("認証コード", codeIn(system.lastMailTo(member.email())));
        session.clickButton("OK");

        WebElement dialog = browser.findElement(By.cssSelector("dialog[open], [role=dialog]"));
        assertThat(dialog.isDisplayed()).isTrue();
        assertThat(dialog.getText()).contains("登録が完了しました");
        dialog.findElement(By.linkText("OK")).click();

        session.awaitPath("/login");
        assertFitsTheScreen();
        session.typeLabelled("ユーザID", "hanako.shiken");
        session.typeLabelled("パスワード", "Shiken+2026");
        session.clickButton("ログイン");

        session.awaitPath("/terms");
        assertFitsTheScreen();
        browser.findElement(By.xpath("//label[normalize-space()='利用規約に同意する']")).click();
        session.clickButton("次へ");

        session.awaitPath("/home");
        assertFitsTheScreen();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("試験　花子", "今回の調査の対象となる被扶養者はいません",
                "健康保険組合からのお知らせ");

        browser.manage().window().setSize(new Dimension(1280, 900));
        assertFitsTheScreen();
    }

    @Test
    void anErrorIsShownNextToTheFormAndAnnouncedToScreenReaders() {
        browser.get(base + "/login");
        session.typeLabelled("ユーザID", "nobody-here");
        session.typeLabelled("パスワード", "Wrong+2026");
        session.clickButton("ログイン");

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
        session.typeLabelled("ユーザID", "jiro.shiken");
        session.typeLabelled("パスワード", "Shiken+2026");
        session.clickButton("ログイン");
        session.awaitPath("/home");
        browser.findElement(By.cssSelector("li.task a")).click(); // the task list opens the one-page form; the next action opens the steps
        session.choose("LIVING", "TOGETHER");
        session.choose("SITUATION", "STUDENT");
        session.clickButtonAndAwaitNextPage("一時保存");
        session.choose("RESIDENCE", "IN_JAPAN");
        session.choose("EMPLOYMENT_CHANGED", "no");
        session.choose("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING");
        session.choose("OTHER_HEALTH_INSURANCE", "no");
        session.choose("DISABLED", "no");
        browser.findElement(By.id("MEMBER_INCOME")).sendKeys("６００万");
        session.clickButtonAndAwaitNextPage("一時保存");
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
            HeadlessChromium.awaitNextPage(browser, picker);
            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("「IMG_0042.jpg」をアップロードしました。");
        }
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("必要な書類はすべてアップロードされています。");
        assertFitsTheScreen();

        browser.findElement(By.linkText("提出内容の確認・提出へ")).click();
        session.awaitPath("/survey/confirm");
        assertFitsTheScreen();
        session.clickButton("提出する");
        session.awaitPath("/survey/submitted");
        assertFitsTheScreen();
        String receipt = browser.findElement(By.id("receipt")).getText();
        assertThat(OnboardingSystem.body(system.lastMailTo(member.email()))).contains("受付番号：" + receipt);
    }

    /** Leaves the page as the member saw it in target/screenshots, and fails when it is wider than the window. */
    private void assertFitsTheScreen() {
        session.keepScreenshot(String.format("%02d-%d-%s.png", ++screenshots, browser.manage().window().getSize().getWidth(),
                session.path().replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "")));
        session.assertFitsTheWindow(session.path());
    }
}
