package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import jp.kenpo.kennin.application.roster.RosterRow;
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
 * The help desk's pages in headless Chromium: each passes axe-core's WCAG 2.2 A/AA rules, and the
 * search and an action work from the keyboard alone (typing, Tab, Enter; no mouse).
 */
class HelpDeskPagesInChromiumTest {

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

    @Test
    void theHelpDesksPagesPassAxeAndWorkByKeyboard() {
        RosterRow row = system.addMember("51", "5101", "検認 次郎", "ケンニン ジロウ", "1983/03/03", "kennin.jiro@example.com");
        system.registerAndLogIn(system.browser(), row, "kennin-jiro", "Kennin#2026");
        BackOfficeStaff.Enrolled operator = staff.operator("ops.kanri");
        BackOfficeStaff.Enrolled admin = staff.staff(operator, OnboardingSystem.INSURER, "admin.demo", StaffRole.ADMINISTRATOR);

        browser.get(base + "/admin/login");
        browser.findElement(By.id("login")).sendKeys(admin.login());
        browser.findElement(By.id("password")).sendKeys(BackOfficeStaff.PASSWORD);
        WebElement code = browser.findElement(By.id("oneTimeCode"));
        code.sendKeys(staff.code(admin.secret()));
        code.sendKeys(Keys.ENTER);
        staff.nextStep();
        assertThat(browser.getCurrentUrl()).endsWith("/admin");

        browser.get(base + "/admin/members");
        session.assertAccessible("the empty search");
        WebElement query = browser.findElement(By.id("q"));
        session.tabTo(query, 30);
        query.sendKeys("けんにん");
        query.sendKeys(Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "検認 次郎")).contains("検認 次郎");
        session.assertAccessible("search results");

        WebElement result = browser.findElement(By.linkText("51-5101"));
        session.tabTo(result, 40);
        result.sendKeys(Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "回答期限")).contains("回答期限");
        session.assertAccessible("the case screen");

        WebElement note = browser.findElement(By.id("note-text"));
        session.tabTo(note, 60);
        note.sendKeys("電話で扶養の範囲を案内");
        note.sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "問い合わせ記録を保存しました。")).contains("問い合わせ記録を保存しました。").contains("電話で扶養の範囲を案内");
        session.assertAccessible("the case screen with its notice");

        WebElement until = browser.findElement(By.id("until"));
        until.sendKeys("2099/01/01");
        browser.findElement(By.id("reason-extend")).sendKeys("テスト", Keys.ENTER);
        assertThat(HeadlessChromium.pageOnceItShows(browser, "延長後の期限日が遠すぎます")).contains("延長後の期限日が遠すぎます");
        // GOV.UK's pattern: the summary takes the focus and links to the field, which says it again and keeps what was typed.
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("form-errors");
        assertThat(browser.findElement(By.cssSelector("#form-errors a")).getAttribute("hash")).isEqualTo("#until");
        assertThat(browser.findElement(By.id("until-error")).getText()).contains("延長後の期限日が遠すぎます");
        assertThat(browser.findElement(By.id("until")).getAttribute("value")).isEqualTo("2099/01/01");
        assertThat(browser.findElement(By.id("reason-extend")).getAttribute("value")).isEqualTo("テスト");
        session.assertAccessible("the case screen with an error");

        browser.get(base + browser.findElement(By.partialLinkText("代行入力")).getAttribute("pathname"));
        session.assertAccessible("the proxy entry page");

        browser.get(base + "/admin/audit-log");
        session.assertAccessible("the audit log");
        browser.get(base + "/admin/audit-log?from=nonsense");
        session.assertAccessible("the audit log with an error");
    }

}
