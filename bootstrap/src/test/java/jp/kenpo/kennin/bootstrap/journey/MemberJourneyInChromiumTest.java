package jp.kenpo.kennin.bootstrap.journey;

import static jp.kenpo.kennin.bootstrap.journey.OnboardingSystem.codeIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.RosterRow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A member's whole survey in a real headless Chromium, four times: on a 360 px phone and in a
 * 1280 px PC window, with the browser asking for Japanese and for English. From sign-up (the code
 * read from the mail GreenMail received) to the receipt and its PDF copy, every page and every
 * error state it meets is checked the same way: axe-core finds no WCAG 2.x A/AA violation, the page
 * is no wider than the window, {@code <html lang>} is the language of the run, and a full-page
 * screenshot is kept under {@code bootstrap/target/screenshots/<lang>-<width>/NN-<page>.png} for
 * people reviewing the layout ({@code bash .ci/run} copies them to {@code build-artifacts/screenshots}).
 */
@Tag("slow") // starts Chromium four times
class MemberJourneyInChromiumTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /**
     * Violations axe reports that this test lets pass for now, as "rule-id@page-name" with the reason.
     * Empty: nothing is let through. An entry here must be listed in the report of whoever adds it.
     */
    private static final Map<String, String> LET_PASS_FOR_NOW = Map.of();

    @TempDir
    Path dataDir;

    private BrowserSession session;
    private ChromeDriver browser;
    private String lang;
    private Path screenshots;
    private int pageNumber;
    private final List<String> problems = new ArrayList<>();
    private final List<String> checked = new ArrayList<>();

    static Stream<Arguments> windowsAndLanguages() {
        return Stream.of(Arguments.of(360, 780, "ja"), Arguments.of(360, 780, "en"), Arguments.of(1280, 900, "ja"),
                Arguments.of(1280, 900, "en"));
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @MethodSource("windowsAndLanguages")
    void aMemberGoesFromSignUpToTheReceiptPdfAndEveryPageIsAccessibleAndFitsTheWindow(int width, int height, String language)
            throws Exception {
        lang = language;
        session = BrowserSession.open(dataDir, mail, language).windowSize(width, height);
        browser = session.browser;
        screenshots = Files.createDirectories(Path.of("target", "screenshots", language + "-" + width));
        try (Stream<Path> old = Files.list(screenshots)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        OnboardingSystem system = session.system;
        RosterRow member = system.addMember("34", "1400", "試験　花子", "シケン ハナコ", "1976/07/15", "hanako.journey@example.com");
        assertThat(system.wiring.importDependents(new ImportDependentsCommand(OnboardingSystem.INSURER, List.of(
                new DependentRosterRow(2, "34", "1400", "1", "試験　学", "シケン マナブ", "2006/06/01", "長男", "男", "同居", "")))))
                .isInstanceOf(ImportRosterResult.Imported.class);

        // Sign-up: a refused identification first, then the real one.
        session.open("/signup");
        check("signup");
        session.typeInto("insurerCode", "demo");
        session.typeInto("symbol", "３４");
        session.typeInto("number", "1400");
        session.typeInto("birthDate", "1976/02/30"); // no such day
        session.typeInto("kanaName", "ｼｹﾝ ﾊﾅｺ");
        submit("/signup");
        session.awaitPath("/signup");
        check("signup-refused");
        assertTheErrorSummaryHasFocusAndLinksTo("birthDate");
        session.typeInto("birthDate", "1976/07/15");
        submit("/signup");

        session.awaitPath("/signup/credentials");
        check("signup-credentials");
        session.typeInto("userId", "hanako.journey");
        session.typeInto("password", "Shiken+2026");
        session.typeInto("passwordConfirmation", "Shiken+2026");
        submit("/signup/credentials");

        session.awaitPath("/signup/code");
        check("signup-code");
        session.typeInto("code", codeIn(system.lastMailTo(member.email())));
        submit("/signup/code");
        WebElement dialog = browser.findElement(By.cssSelector("dialog[open]"));
        assertThat(dialog.isDisplayed()).isTrue();
        check("signup-complete");
        dialog.findElement(By.cssSelector("a[href='/login']")).click();

        session.awaitPath("/login");
        check("login");
        session.typeInto("userId", "hanako.journey");
        session.typeInto("password", "Shiken+2026");
        submit("/login");

        session.awaitPath("/terms");
        check("terms");
        browser.findElement(By.cssSelector("label[for=agreed]")).click();
        submit("/terms");

        // The main screen: the task list counts one dependent, not started.
        session.awaitPath("/home");
        check("home");
        String home = session.text("main");
        assertThat(home).contains("試験　花子", in("1人中 0人 完了", "0 of 1 dependents done"));
        assertThat(browser.findElement(By.cssSelector(".task-list .tag")).getText()).isEqualTo(in("未着手", "Not started"));
        // The main screen's one next action opens the survey in short steps, at the first.
        browser.findElement(By.cssSelector("main a.button.primary")).click();
        session.awaitPath("/survey/dependents/\\d+/steps/living");
        String form = URI.create(browser.getCurrentUrl()).getPath().replaceAll("/steps/living$", "");
        assertOnStep(1, in("同居・別居", "Living arrangement"));
        check("step-living");
        session.choose("LIVING", "TOGETHER");
        session.choose("RESIDENCE", "IN_JAPAN");
        submit(form + "/steps/living");

        // Income: an amount that is not one is refused on the step, with the summary on top.
        session.awaitPath(form + "/steps/income");
        assertOnStep(2, in("収入", "Income"));
        check("step-income");
        session.choose("SITUATION", "STUDENT");
        session.choose("DISABLED", "no");
        session.typeInto("MEMBER_INCOME", "たくさん");
        submit(form + "/steps/income");
        session.awaitPath(form + "/steps/income");
        check("step-income-refused");
        assertTheErrorSummaryHasFocusAndLinksTo("MEMBER_INCOME");
        session.typeInto("MEMBER_INCOME", "６００万");
        submit(form + "/steps/income");

        session.awaitPath(form + "/steps/employment");
        assertOnStep(3, in("雇用保険", "Employment insurance"));
        check("step-employment");
        session.choose("EMPLOYMENT_CHANGED", "no");
        session.choose("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING");
        submit(form + "/steps/employment");

        session.awaitPath(form + "/steps/other-insurance");
        assertOnStep(4, in("ほかの保険", "Other insurance"));
        check("step-other-insurance");
        session.choose("OTHER_HEALTH_INSURANCE", "no");
        submit(form + "/steps/other-insurance");

        session.awaitPath(form + "/steps/confirm");
        assertOnStep(5, in("確認", "Check"));
        check("step-confirm");
        assertThat(session.text("main")).contains(in("見込み：継続可", "Expected: continues"), "6,000,000");

        // The whole survey on one page stays reachable from the task list, with the answers just given.
        session.open("/home");
        browser.findElement(By.cssSelector(".task-list a")).click();
        session.awaitPath(form);
        check("survey-form");
        assertThat(browser.findElement(By.cssSelector("select#SITUATION option[value='STUDENT']")).isSelected()).isTrue();

        // The documents: a file that is not what it says is refused with the reason, photos are accepted.
        session.open(form + "/documents");
        check("documents");
        Path photo = dataDir.resolve("IMG_0042.jpg");
        Files.write(photo, SamplePhotos.jpeg());
        Path fake = dataDir.resolve("card.jpg");
        Files.writeString(fake, "<html><script>alert(1)</script></html>", StandardCharsets.UTF_8);
        List<String> pickers = browser.findElements(By.cssSelector("input[type=file][id^='file-']")).stream()
                .map(picker -> picker.getAttribute("id")).toList();
        assertThat(pickers).as("a file picker for each document asked for").isNotEmpty();
        upload(pickers.get(0), fake);
        session.awaitPath(form + "/documents");
        WebElement refusal = browser.findElement(By.cssSelector("[role=alert]"));
        assertThat(refusal.isDisplayed()).isTrue();
        assertThat(refusal.getText()).as("the refusal says why, in the page's language")
                .containsAnyOf(in("一致しません", "does not match"), in("この形式のファイル", "This kind of file"));
        check("documents-refused");
        for (String picker : pickers) {
            upload(picker, photo);
            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("IMG_0042.jpg");
        }
        assertThat(session.text("main")).contains(in("必要な書類はすべてアップロードされています。", "Every document needed has been uploaded."));
        check("documents-complete");

        // Confirmation, submit, receipt.
        session.open("/survey/confirm");
        check("confirm");
        assertThat(session.text("main")).contains("試験　学", "IMG_0042.jpg");
        submit("/survey/submit");
        session.awaitPath("/survey/submitted");
        check("receipt");
        String receipt = browser.findElement(By.id("receipt")).getText();
        assertThat(receipt).matches("\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(session.text("main")).contains("試験　学");

        session.open("/home");
        check("home-submitted");
        assertThat(session.text("main")).contains(in("1人中 1人 完了", "1 of 1 dependents done"), receipt);
        assertThat(browser.findElement(By.cssSelector(".task-list .tag")).getText()).isEqualTo(in("提出済", "Submitted"));

        // The PDF copy, fetched with the browser's own session.
        try (PDDocument pdf = Loader.loadPDF(downloadWithTheBrowsersCookies("/survey/receipt.pdf"))) {
            // The copy is in the language the member reads the site in, as the browser asks for it.
            assertThat(new PDFTextStripper().getText(pdf)).contains("試験　学", receipt, in("提出内容の控え", "Copy of your submission"),
                    in("現在の状況：学生", "Current situation: Student"));
        }

        assertThat(problems).as("pages checked: %s", checked).isEmpty();
        assertThat(checked).hasSize(21);
        try (Stream<Path> kept = Files.list(screenshots)) {
            assertThat(kept.filter(f -> f.toString().endsWith(".png")).count()).isEqualTo(checked.size());
        }
    }

    /**
     * The checks every page and error state gets: axe-core, width, {@code <html lang>}; and a
     * screenshot. Problems are collected so that one run lists all of them.
     */
    private void check(String name) {
        checked.add(name);
        session.keepScreenshot(screenshots.getFileName() + "/" + String.format("%02d-%s.png", ++pageNumber, name));
        JavascriptExecutor js = browser;
        String where = name + " (" + browser.getCurrentUrl() + ")";
        for (String violation : Axe.violations(browser)) {
            String rule = violation.substring(0, violation.indexOf(' '));
            if (!LET_PASS_FOR_NOW.containsKey(rule + "@" + name)) {
                problems.add("axe on " + where + ": " + violation);
            }
        }
        long overflow = session.overflow();
        if (overflow > 0) {
            problems.add(where + " is " + overflow + " px wide in a " + js.executeScript("return window.innerWidth") + " px window");
        }
        Object htmlLang = js.executeScript("return document.documentElement.lang");
        if (!lang.equals(htmlLang)) {
            problems.add(where + " has <html lang=\"" + htmlLang + "\">, not " + lang);
        }
    }

    /** A step page: its number of five, the name of the current step in the indicator, and the deadline. */
    private void assertOnStep(int number, String name) {
        assertThat(session.text(".steps-count")).isEqualTo(in("ステップ " + number + " / 5", "Step " + number + " of 5"));
        assertThat(session.text("[aria-current=step]")).contains(name);
        assertThat(session.text(".deadline")).isNotBlank();
    }

    /** After a refused POST the member lands on the error summary, which links to the field to correct. */
    private void assertTheErrorSummaryHasFocusAndLinksTo(String field) {
        WebElement summary = browser.findElement(By.cssSelector(".error-summary"));
        assertThat(summary.isDisplayed()).isTrue();
        assertThat(browser.switchTo().activeElement()).as("focus on the error summary").isEqualTo(summary);
        JavascriptExecutor js = browser;
        Object top = js.executeScript("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;",
                summary);
        assertThat(top).as("the summary is in view").isEqualTo(true);
        WebElement link = summary.findElement(By.cssSelector("a[href='#" + field + "']"));
        assertThat(link.getText()).isNotBlank();
        WebElement target = browser.findElement(By.id(field));
        assertThat(target.getTagName()).isIn("input", "select", "textarea");
        assertThat(browser.findElements(By.cssSelector("label[for='" + field + "']"))).hasSize(1);
        assertThat(target.getAttribute("aria-invalid")).isEqualTo("true");
    }

    private String in(String japanese, String english) {
        return lang.equals("ja") ? japanese : english;
    }


    /** Submits the form posting to {@code action} with its submit button, and waits for the next page. */
    private void submit(String action) {
        session.submitWith(browser.findElement(By.cssSelector("form[action='" + action + "'] button[type=submit]")));
    }

    private void upload(String pickerId, Path file) {
        WebElement picker = browser.findElement(By.id(pickerId));
        picker.sendKeys(file.toString());
        WebElement main = browser.findElement(By.tagName("main"));
        picker.findElement(By.xpath("ancestor::form//button[@type='submit']")).click();
        HeadlessChromium.awaitNextPage(browser, main);
    }



    private byte[] downloadWithTheBrowsersCookies(String path) throws IOException, InterruptedException {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(session.base + path))
                .header("Cookie", cookies).header("Accept-Language", lang).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        return response.body();
    }
}
