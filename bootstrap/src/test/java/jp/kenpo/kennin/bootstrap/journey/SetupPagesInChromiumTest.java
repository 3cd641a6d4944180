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
    private OnboardingSystem system;
    private BackOfficeStaff staff;
    private ChromeDriver browser;
    private String base;

    @BeforeEach
    void start() throws Exception {
        system = new OnboardingSystem(dataDir, mail);
        staff = new BackOfficeStaff(system);
        base = "http://127.0.0.1:" + system.web.port();
        browser = HeadlessChromium.start(dataDir);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (system != null) {
            system.close();
        }
    }

    private void assertAccessible(String what) {
        assertThat(Axe.violations(browser)).as("axe-core on %s (%s)", what, browser.getCurrentUrl()).isEmpty();
    }

    private void tabTo(WebElement target, int max) {
        for (int i = 0; i < max; i++) {
            if (target.equals(browser.switchTo().activeElement())) {
                return;
            }
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertThat(browser.switchTo().activeElement()).as("Tab reaches %s", target.getAttribute("id")).isEqualTo(target);
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
        assertAccessible("the insurers");
        WebElement code = browser.findElement(By.id("code"));
        tabTo(code, 30);
        code.sendKeys(OnboardingSystem.INSURER);
        browser.findElement(By.id("displayName")).sendKeys("重複");
        browser.findElement(By.id("senderAddress")).sendKeys("kenpo@dup.example.jp", Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "すでに使われています")).contains("すでに使われています");
        assertAccessible("the insurers with an error");

        BackOfficeStaff.Enrolled admin = staff.staff(operator, OnboardingSystem.INSURER, "admin.setup", StaffRole.ADMINISTRATOR);
        browser.manage().deleteAllCookies();
        signIn(admin);

        browser.get(base + "/admin/settings");
        assertAccessible("the settings");
        WebElement limit = browser.findElement(By.id("limit_STANDARD"));
        limit.sendKeys("百万", Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "半角数字で入力してください")).contains("半角数字で入力してください");
        assertAccessible("the settings with an error");

        browser.get(base + "/admin/terms");
        assertAccessible("the terms");

        browser.get(base + "/admin/notices");
        assertAccessible("the notices");
        WebElement title = browser.findElement(By.id("title"));
        tabTo(title, 40);
        title.sendKeys("調査開始のお知らせ", Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "下書きを作成しました")).contains("下書きを作成しました");
        assertAccessible("a draft notice");
        Path pdf = dataDir.resolve("qa.pdf");
        Files.writeString(pdf, "これはPDFではありません");
        browser.findElement(By.id("file")).sendKeys(pdf.toString());
        browser.findElement(By.id("file")).submit();
        assertThat(HeadlessChromium.pageOnceItShows(browser, "この形式のファイルは添付できません")).contains("この形式のファイルは添付できません");
        assertAccessible("a notice with a refused attachment");
        WebElement publish = browser.findElement(By.xpath("//button[normalize-space()='公開する']"));
        tabTo(publish, 40);
        publish.sendKeys(Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "お知らせを公開しました")).contains("お知らせを公開しました");

        browser.get(base + "/admin/rosters");
        assertAccessible("the roster upload");
        Path csv = dataDir.resolve("被保険者.csv");
        Files.write(csv, ("記号,番号,氏名,氏名カナ,生年月日,メールアドレス\r\n"
                + "77,7001,設定 花子,セッテイ ハナコ,1990/01/01,hanako.settei@example.com\r\n").getBytes(Charset.forName("Windows-31J")));
        browser.findElement(By.id("file")).sendKeys(csv.toString());
        browser.findElement(By.id("file")).submit();
        assertThat(HeadlessChromium.pageOnceItShows(browser, "を取り込んだ場合の件数")).contains("を取り込んだ場合の件数");
        assertAccessible("the roster preview");
        WebElement commit = browser.findElement(By.xpath("//button[normalize-space()='この内容で取り込む']"));
        tabTo(commit, 40);
        commit.sendKeys(Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "取り込みました（新規 1件")).contains("取り込みました（新規 1件");

        Path bad = dataDir.resolve("bad.csv");
        Files.write(bad, "記号,番号,氏名,氏名カナ,生年月日,メールアドレス\r\n77,x,設定,セッテイ,1990/13/01,no\r\n"
                .getBytes(Charset.forName("Windows-31J")));
        browser.findElement(By.id("file")).sendKeys(bad.toString());
        browser.findElement(By.id("file")).submit();
        assertThat(HeadlessChromium.pageOnceItShows(browser, "問題のある行")).contains("問題のある行");
        assertAccessible("the roster with bad lines");

        browser.get(base + "/admin/survey-year");
        assertAccessible("the survey year");
        WebElement opensOn = browser.findElement(By.id("opensOn"));
        opensOn.clear();
        opensOn.sendKeys("いつか", Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "YYYY/MM/DD")).contains("YYYY/MM/DD");
        assertAccessible("the survey year with an error");
    }
}
