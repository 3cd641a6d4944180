package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages that set an insurer up, in headless Chromium on the production wiring: each passes
 * axe-core's WCAG 2.2 A/AA rules, with and without errors, and a notice is written, a roster
 * previewed and committed, and a survey year opened from the keyboard alone.
 */
class SetupPagesInChromiumTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;
    private BrowserSession session;
    private OnboardingSystem system;
    private BackOfficeStaff staff;
    private ChromeDriver browser;
    private String base;

    @BeforeEach
    void start() {
        session = BrowserSession.open(dataDir, mail);
        system = session.system;
        browser = session.browser;
        base = session.base;
        staff = new BackOfficeStaff(system);
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    private void signIn(BackOfficeStaff.Enrolled who) {
        browser.get(base + "/admin/login");
        browser.findElement(By.id("login")).sendKeys(who.login());
        browser.findElement(By.id("password")).sendKeys(BackOfficeStaff.PASSWORD);
        WebElement code = browser.findElement(By.id("oneTimeCode"));
        code.sendKeys(staff.code(who.secret()));
        code.sendKeys(Keys.ENTER);
        staff.nextStep();
        assertThat(browser.getCurrentUrl()).endsWith("/admin");
    }

    @Test
    void theSetupPagesPassAxeAndWorkByKeyboard() throws Exception {
        BackOfficeStaff.Enrolled operator = staff.operator("ops.kanri");
        signIn(operator);
        browser.get(base + "/admin/operator/insurers");
        session.assertAccessible("the insurers");
        WebElement code = browser.findElement(By.id("code"));
        session.tabTo(code, 30);
        code.sendKeys(OnboardingSystem.INSURER);
        browser.findElement(By.id("displayName")).sendKeys("重複");
        browser.findElement(By.id("senderAddress")).sendKeys("kenpo@dup.example.jp", Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "すでに使われています")).contains("すでに使われています");
        session.assertAccessible("the insurers with an error");

        BackOfficeStaff.Enrolled admin = staff.staff(operator, OnboardingSystem.INSURER, "admin.setup", StaffRole.ADMINISTRATOR);
        browser.manage().deleteAllCookies();
        signIn(admin);

        browser.get(base + "/admin/settings");
        session.assertAccessible("the settings");
        WebElement limit = browser.findElement(By.id("limit_STANDARD"));
        limit.sendKeys("百万", Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "半角数字で入力してください")).contains("半角数字で入力してください");
        session.assertAccessible("the settings with an error");

        browser.get(base + "/admin/terms");
        session.assertAccessible("the terms");

        browser.get(base + "/admin/notices");
        session.assertAccessible("the notices");
        WebElement title = browser.findElement(By.id("title"));
        session.tabTo(title, 40);
        title.sendKeys("調査開始のお知らせ", Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "下書きを作成しました")).contains("下書きを作成しました");
        session.assertAccessible("a draft notice");
        Path pdf = dataDir.resolve("qa.pdf");
        Files.writeString(pdf, "これはPDFではありません");
        browser.findElement(By.id("file")).sendKeys(pdf.toString());
        browser.findElement(By.id("file")).submit();
        assertThat(HeadlessChromium.pageOnceItShows(browser, "この形式のファイルは添付できません")).contains("この形式のファイルは添付できません");
        session.assertAccessible("a notice with a refused attachment");
        WebElement publish = browser.findElement(By.xpath("//button[normalize-space()='公開する']"));
        session.tabTo(publish, 40);
        publish.sendKeys(Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "お知らせを公開しました")).contains("お知らせを公開しました");

        browser.get(base + "/admin/rosters");
        session.assertAccessible("the roster upload");
        Path csv = dataDir.resolve("被保険者.csv");
        Files.write(csv, ("記号,番号,氏名,氏名カナ,生年月日,メールアドレス\r\n"
                + "77,7001,設定 花子,セッテイ ハナコ,1990/01/01,hanako.settei@example.com\r\n").getBytes(Charset.forName("Windows-31J")));
        browser.findElement(By.id("file")).sendKeys(csv.toString());
        browser.findElement(By.id("file")).submit();
        assertThat(HeadlessChromium.pageOnceItShows(browser, "を取り込んだ場合の件数")).contains("を取り込んだ場合の件数");
        session.assertAccessible("the roster preview");
        WebElement commit = browser.findElement(By.xpath("//button[normalize-space()='この内容で取り込む']"));
        session.tabTo(commit, 40);
        commit.sendKeys(Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "取り込みました（新規 1件")).contains("取り込みました（新規 1件");

        Path bad = dataDir.resolve("bad.csv");
        Files.write(bad, "記号,番号,氏名,氏名カナ,生年月日,メールアドレス\r\n77,x,設定,セッテイ,1990/13/01,no\r\n"
                .getBytes(Charset.forName("Windows-31J")));
        browser.findElement(By.id("file")).sendKeys(bad.toString());
        browser.findElement(By.id("file")).submit();
        assertThat(HeadlessChromium.pageOnceItShows(browser, "問題のある行")).contains("問題のある行");
        session.assertAccessible("the roster with bad lines");

        browser.get(base + "/admin/survey-year");
        session.assertAccessible("the survey year");
        WebElement opensOn = browser.findElement(By.id("opensOn"));
        opensOn.clear();
        opensOn.sendKeys("いつか", Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "YYYY/MM/DD")).contains("YYYY/MM/DD");
        session.assertAccessible("the survey year with an error");
    }
}
