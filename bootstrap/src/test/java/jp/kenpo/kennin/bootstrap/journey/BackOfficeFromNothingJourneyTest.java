package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.crypto.Totp;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorCommand;
import jp.kenpo.kennin.application.staff.CreateOperatorUseCase.CreateOperatorResult;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * An insurer from nothing to an open survey, in headless Chromium on the production wiring and an
 * empty embedded database: the operator enrols from the command line's link (codes computed from
 * the secret the page shows), creates the insurer and its 管理者; the 管理者 enrols from the mailed
 * link, uploads both rosters, publishes terms and a notice with a PDF, opens the survey year and
 * adds a help desk; a member signs up, accepts those terms and sees the notice; the help desk finds
 * the member by kana, unlocks them after a lockout and extends their deadline. Every back-office
 * page on the way is checked with axe-core (WCAG 2.2 A/AA).
 */
@Tag("slow") // starts Chromium
class BackOfficeFromNothingJourneyTest {
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/admin/enrol/[A-Za-z0-9_-]+)");
    private static final String STAFF_PASSWORD = "とても長い管理画面のパスフレーズ 2026";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;

    private BrowserSession session;
    private OnboardingSystem system;
    private ChromeDriver browser;
    private String base;
    private final Totp authenticator = Totp.standard();
    private final Set<String> checkedPages = new LinkedHashSet<>();
    private final List<String> accessibilityProblems = new ArrayList<>();

    @BeforeEach
    void start() {
        session = BrowserSession.open(dataDir, mail, false).windowSize(1280, 900);
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
    void anInsurerGoesFromNothingToAnOpenSurveyAndTheHelpDeskHelpsAMember() throws Exception {
        // The operator: a one-time link from the command line's use case, enrolment in the browser.
        var created = system.wiring.createOperator(new CreateOperatorCommand("ops.yamada", "運用 山田"));
        String operatorLink = pathOf(((CreateOperatorResult.Created) created).enrolmentLink());
        String operatorSecret = enrol(operatorLink);
        signIn("ops.yamada", operatorSecret);

        // The insurer and its 管理者.
        open("/admin/operator/insurers");
        type("code", "kita-kenpo");
        type("displayName", "北試験健康保険組合");
        type("senderAddress", "kenshin@kita.example.jp");
        type("callCentre", "0120-000-111");
        type("hours", "平日 9:00〜17:00");
        type("contactMail", "toiawase@kita.example.jp");
        type("faqUrl", "https://kita.example.jp/faq");
        browser.findElement(By.id("policy-MANUAL")).click();
        submitFormOf("code");
        assertThat(main()).contains("北試験健康保険組合");
        checkPage();

        open("/admin/operator/staff/new");
        type("insurerCode", "kita-kenpo");
        type("login", "kanri.sato");
        type("displayName", "佐藤 管理");
        type("email", "sato@kita.example.jp");
        submitFormOf("login");
        assertThat(main()).contains("kanri.sato");
        checkPage();
        signOut();

        // The 管理者 enrols from the mailed link and sets the insurer up.
        String adminSecret = enrol(linkInMailTo("sato@kita.example.jp"));
        signIn("kanri.sato", adminSecret);

        open("/admin/rosters");
        uploadRoster("MEMBERS", csv("members.csv", """
                記号,番号,氏名,氏名カナ,生年月日,メールアドレス,事業所
                71,501,北 花子,キタ ハナコ,1985/04/02,hanako.kita@example.com,本社
                71,502,北 次郎,キタ ジロウ,1979/10/10,jiro.kita@example.com,大阪支店
                """));
        assertThat(main()).contains("新規").contains("2");
        checkPage();
        clickButton("この内容で取り込む");
        assertThat(main()).contains("取り込みました");
        uploadRoster("DEPENDENTS", csv("dependents.csv", """
                記号,番号,被扶養者番号,氏名,氏名カナ,生年月日,続柄,性別,同居区分
                71,501,1,北 太郎,キタ タロウ,2004/05/05,長男,男,同居
                """));
        clickButton("この内容で取り込む");
        assertThat(main()).contains("取り込みました");

        open("/admin/terms");
        browser.findElement(By.id("body")).clear();
        browser.findElement(By.id("body")).sendKeys("北試験健康保険組合 利用規約（第1版）\n被扶養者資格の確認にのみ利用します。");
        checkPage();
        clickButton("新しい版として公開する");
        assertThat(main()).contains("第1版を公開しました");

        open("/admin/notices");
        type("title", "被扶養者資格確認調査のお願い");
        browser.findElement(By.id("body")).sendKeys("操作マニュアルを添付しました。期限までに回答してください。");
        checkPage();
        clickButton("下書きとして作成する");
        browser.findElement(By.id("file")).sendKeys(manualPdf().toString());
        clickButton("添付する");
        assertThat(main()).contains("manual.pdf");
        checkPage();
        clickButton("公開する");
        assertThat(main()).contains("お知らせを公開しました");

        open("/admin/survey-year");
        type("fiscalYear", "2026");
        type("title", "2026年度 被扶養者資格確認調査");
        type("opensOn", "2026/11/01");
        type("deadline", "2026/12/15");
        browser.findElement(By.id("scope-EVERYONE")).click();
        checkPage();
        submitFormOf("title");
        assertThat(main()).contains("2026年度");

        open("/admin/staff/new");
        type("login", "madoguchi.ito");
        type("displayName", "伊藤 窓口");
        type("email", "ito@kita.example.jp");
        choose("role", "HELP_DESK");
        checkPage();
        submitFormOf("login");
        assertThat(main()).contains("madoguchi.ito");
        signOut();

        // A member signs up, accepts the published terms and sees the notice with its PDF.
        open("/signup");
        typeLabelled("保険者指定コード", "kita-kenpo");
        typeLabelled("記号", "71");
        typeLabelled("番号", "501");
        typeLabelled("生年月日", "1985/04/02");
        typeLabelled("氏名（カナ）", "きた はなこ");
        clickButton("認証");
        typeLabelled("ユーザID", "hanako.kita");
        typeLabelled("パスワード", "Kita+2026a");
        typeLabelled("パスワード（確認）", "Kita+2026a");
        clickButton("作成する");
        typeLabelled("認証コード", OnboardingSystem.codeIn(system.lastMailTo("hanako.kita@example.com")));
        clickButton("OK");
        memberLogIn("hanako.kita", "Kita+2026a");
        assertThat(main()).contains("被扶養者資格の確認にのみ利用します");
        browser.findElement(By.xpath("//label[normalize-space()='利用規約に同意する']")).click();
        clickButton("次へ");
        assertThat(browser.getCurrentUrl()).endsWith("/home");
        assertThat(main()).contains("被扶養者資格確認調査のお願い", "manual.pdf", "北 太郎", "2026年12月15日");

        // The member locks themselves out.
        browser.manage().deleteAllCookies();
        String lockedText = "";
        for (int i = 0; i < 12 && !lockedText.contains("ログインできなくなっています") && !lockedText.contains("ログインを停止しました"); i++) {
            system.clock.advance(Duration.ofSeconds(6));
            memberLogIn("hanako.kita", "Wrong+2026z");
            lockedText = main();
        }
        assertThat(lockedText).containsAnyOf("ログインできなくなっています", "ログインを停止しました");

        // The help desk enrols, finds her by kana typed in half-width, unlocks her and gives her more time.
        String helpSecret = enrol(linkInMailTo("ito@kita.example.jp"));
        signIn("madoguchi.ito", helpSecret);
        open("/admin/members");
        browser.findElement(By.id("q")).sendKeys("ｷﾀ ﾊﾅｺ");
        clickButton("検索する");
        checkPage();
        assertThat(main()).contains("北 花子", "キタ ハナコ");
        clickAndAwait(browser.findElement(By.linkText("71-501")));
        assertThat(main()).contains("71-501", "2026年度に登録済み", "ロック");
        checkPage();
        WebElement unlock = browser.findElement(By.cssSelector("form[action$='/unlock-login']"));
        unlock.findElement(By.name("reason")).sendKeys("ご本人から電話、本人確認済み");
        clickAndAwait(unlock.findElement(By.cssSelector("button")));
        WebElement extend = browser.findElement(By.cssSelector("form[action$='/extend']"));
        extend.findElement(By.name("until")).sendKeys("2026/12/31");
        extend.findElement(By.name("reason")).sendKeys("入院のため書類が遅れる");
        clickAndAwait(extend.findElement(By.cssSelector("button")));
        assertThat(main()).contains("2026/12/31 まで延長", "ロックなし");
        checkPage();
        signOut();

        // She logs in again and sees her own, later deadline.
        browser.manage().deleteAllCookies();
        system.clock.advance(Duration.ofMinutes(1));
        memberLogIn("hanako.kita", "Kita+2026a");
        assertThat(browser.getCurrentUrl()).endsWith("/home");
        assertThat(main()).contains("2026年12月31日");

        assertThat(checkedPages).hasSizeGreaterThanOrEqualTo(10);
        assertThat(accessibilityProblems).as("axe-core WCAG 2.2 A/AA on " + checkedPages).isEmpty();
    }

    /** Opens an enrolment link, reads the secret as a password manager would, and finishes enrolment. */
    private String enrol(String path) {
        browser.manage().deleteAllCookies();
        open(path);
        checkPage();
        String secret = browser.findElement(By.cssSelector(".totp-secret")).getText().replaceAll("\\s", "");
        type("password", STAFF_PASSWORD);
        type("passwordAgain", STAFF_PASSWORD);
        type("totpCode", authenticator.codeAt(secret, system.now()));
        clickButton("登録する");
        assertThat(main()).containsPattern("[a-z2-9]{5}-[a-z2-9]{5}");
        checkPage();
        system.clock.advance(Duration.ofSeconds(31));
        return secret;
    }

    private void signIn(String login, String secret) {
        browser.manage().deleteAllCookies();
        open("/admin/login");
        checkPage();
        type("login", login);
        type("password", STAFF_PASSWORD);
        type("oneTimeCode", authenticator.codeAt(secret, system.now()));
        clickButton("ログイン");
        assertThat(browser.getCurrentUrl()).endsWith("/admin");
        checkPage();
        system.clock.advance(Duration.ofSeconds(31));
    }

    private void signOut() {
        clickButton("ログアウト");
        assertThat(browser.getCurrentUrl()).contains("/admin/login");
    }

    private void memberLogIn(String userId, String password) {
        open("/login");
        typeLabelled("ユーザID", userId);
        typeLabelled("パスワード", password);
        clickButton("ログイン");
    }

    private void uploadRoster(String kind, Path file) {
        choose("kind", kind);
        choose("encoding", "UTF-8");
        browser.findElement(By.id("file")).sendKeys(file.toString());
        clickButton("内容を確認する");
    }

    private String linkInMailTo(String address) {
        Matcher m = LINK.matcher(OnboardingSystem.body(system.lastMailTo(address)));
        assertThat(m.find()).as("an enrolment link in the mail to %s", address).isTrue();
        return m.group(1);
    }

    private static String pathOf(String link) {
        Matcher m = LINK.matcher(link);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private Path csv(String name, String content) throws Exception {
        Path file = dataDir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Path manualPdf() throws Exception {
        Path file = dataDir.resolve("manual.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(file.toFile());
        }
        return file;
    }

    private void open(String path) {
        browser.get(base + path);
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void choose(String selectId, String value) {
        browser.findElement(By.cssSelector("#" + selectId + " option[value='" + value + "']")).click();
    }

    private void typeLabelled(String label, String text) {
        WebElement labelElement = browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
        WebElement field = browser.findElement(By.id(labelElement.getAttribute("for")));
        field.clear();
        field.sendKeys(text);
    }

    private void submitFormOf(String fieldId) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id(fieldId)).findElement(By.xpath("ancestor::form//button[@type='submit' or not(@type)]")).click();
        awaitNextPage(page);
    }

    private void clickButton(String text) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.xpath("//button[normalize-space()='" + text + "'] | //input[@type='submit' and @value='" + text + "']"))
                .click();
        awaitNextPage(page);
    }

    private void clickAndAwait(WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        element.click();
        awaitNextPage(page);
    }

    private void awaitNextPage(WebElement page) {
        HeadlessChromium.awaitNextPage(browser, page);
    }

    /** axe-core on the page shown; problems are collected and asserted at the end, so one run lists them all. */
    private void checkPage() {
        String page = browser.getCurrentUrl().replace(base, "");
        checkedPages.add(page);
        Axe.violations(browser).forEach(v -> accessibilityProblems.add(page + ": " + v));
    }
}
