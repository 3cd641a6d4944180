package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.RosterRow;
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
 * The documents page in a real headless Chromium at 360 px: a text file renamed .jpg is refused,
 * and the refusal is told at the picker of the document it was chosen for, named and announced;
 * deleting a file asks first. axe-core finds nothing on the page, on its error state and on the
 * question. Screenshots are left in target/screenshots.
 */
@Tag("slow") // starts Chromium
class DocumentsPageInChromiumTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;

    private BrowserSession session;
    private ChromeDriver browser;
    private int screenshots;

    @BeforeEach
    void start() {
        session = BrowserSession.open(dataDir, mail).windowSize(360, 780);
        browser = session.browser;
    }

    @AfterEach
    void stop() {
        session.close();
    }

    @Test
    void aRefusedFileIsToldAtItsDocumentAndDeletingAsksFirstOnAPhone() throws IOException {
        String documents = answeredStudentsDocumentsPage();
        browser.get(session.base + documents);
        assertThat(browser.findElement(By.cssSelector("p.deadline")).getText()).startsWith("提出期限：");
        look("documents page");

        Path fake = dataDir.resolve("IMG_0042.jpg");
        Files.writeString(fake, "not a photo, only text\n", StandardCharsets.UTF_8);
        upload("INCOME_CERTIFICATE", fake);

        WebElement error = browser.findElement(By.id("file-INCOME_CERTIFICATE-error"));
        assertThat(error.getText()).startsWith("「IMG_0042.jpg」はアップロードできませんでした。");
        assertThat(error.findElement(By.xpath("ancestor::section")).getAttribute("aria-labelledby")).isEqualTo("req-INCOME_CERTIFICATE");
        assertThat(browser.findElement(By.id("file-INCOME_CERTIFICATE")).getAttribute("aria-describedby"))
                .isEqualTo("file-INCOME_CERTIFICATE-error");
        WebElement summaryLink = browser.findElement(By.cssSelector(".error-summary a"));
        assertThat(summaryLink.getText()).contains("IMG_0042.jpg");
        assertThat(browser.findElements(By.cssSelector(".flash-error"))).isEmpty();
        look("refused upload");
        summaryLink.click();
        assertThat(browser.getCurrentUrl()).endsWith("#upload-INCOME_CERTIFICATE");

        // A file over the limit is told at its picker as soon as it is chosen, and is not sent.
        WebElement studentForm = browser.findElement(By.id("file-STUDENT_CERTIFICATE")).findElement(By.xpath("ancestor::form"));
        Path video = dataDir.resolve("video.mp4");
        Files.write(video, new byte[Math.toIntExact(Long.parseLong(studentForm.getAttribute("data-max-bytes")) + 1)]);
        browser.findElement(By.id("file-STUDENT_CERTIFICATE")).sendKeys(video.toString());
        WebElement tooLarge = browser.findElement(By.id("file-STUDENT_CERTIFICATE-error"));
        assertThat(tooLarge.getText()).startsWith("「video.mp4」はアップロードできませんでした。ファイルが大きすぎます（上限 10.0MB）");
        assertThat(tooLarge.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.findElement(By.id("file-STUDENT_CERTIFICATE")).getAttribute("aria-describedby")).isEqualTo("file-STUDENT_CERTIFICATE-error");
        studentForm.findElement(By.tagName("button")).click();
        assertThat(browser.findElement(By.id("file-STUDENT_CERTIFICATE-error")).isDisplayed()).as("still the same page: nothing was sent").isTrue();
        look("file over the limit chosen");

        Path photo = dataDir.resolve("gakuseisho.jpg");
        Files.write(photo, SamplePhotos.jpeg());
        upload("STUDENT_CERTIFICATE", photo);
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("「gakuseisho.jpg」をアップロードしました。");

        WebElement delete = browser.findElement(By.xpath("//section[@aria-labelledby='req-STUDENT_CERTIFICATE']//a[normalize-space()='削除']"));
        delete.click();
        session.await(() -> browser.getCurrentUrl().endsWith("/delete"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("『gakuseisho.jpg』を削除しますか");
        look("delete question");
        session.clickButton("削除する");
        session.await(() -> browser.getCurrentUrl().endsWith(documents));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("ファイルを削除しました。");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("gakuseisho.jpg");

        // A student with a part-time salary only: the labour contract and a 申立書, linked from its document.
        browser.findElement(By.cssSelector("a[href$='/declarations/LABOUR_CONTRACT_AND_DECLARATION']")).click();
        session.awaitPath(".*/declarations/LABOUR_CONTRACT_AND_DECLARATION");
        assertThat(browser.findElement(By.cssSelector(".declaration-signature")).getText()).contains("試験　三郎");
        look("declaration");
        // Printed: the instructions, the way back and the language switch stay on screen; the form itself prints.
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.cssSelector(".no-print")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".language-switch")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector(".declaration h1")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".write-line"))).allMatch(WebElement::isDisplayed).hasSizeGreaterThanOrEqualTo(3);
        session.keepScreenshot("documents-05-360-declaration-as-printed.png");
        Object pdf = browser.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69)).get("data");
        Files.write(Path.of("target", "screenshots", "documents-declaration-print.pdf"), java.util.Base64.getDecoder().decode((String) pdf));
    }

    /** A member with a student son whose answers are in (over plain HTTP); the Chromium is signed in too. */
    private String answeredStudentsDocumentsPage() {
        OnboardingSystem system = session.system;
        RosterRow member = system.addMember("34", "1400", "試験　三郎", "シケン サブロウ", "1975/03/03", "saburo.shiken@example.com");
        assertThat(system.wiring.importDependents(new ImportDependentsCommand(OnboardingSystem.INSURER, List.of(
                new DependentRosterRow(2, "34", "1400", "1", "試験　学", "シケン マナブ", "2006/06/01", "長男", "男", "同居", "")))))
                .isInstanceOf(ImportRosterResult.Imported.class);
        Browser http = system.browser();
        system.registerAndLogIn(http, member, "saburo.shiken", "Shiken+2026");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/survey/dependents/\\d+)\"")
                .matcher(http.open("/home").body());
        assertThat(link.find()).as("the son on the main screen").isTrue();
        String son = link.group(1);
        http.open(son);
        http.submit(son, Map.ofEntries(Map.entry("LIVING", "TOGETHER"), Map.entry("SITUATION", "STUDENT"),
                Map.entry("RESIDENCE", "IN_JAPAN"), Map.entry("EMPLOYMENT_CHANGED", "no"),
                Map.entry("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING"), Map.entry("OTHER_HEALTH_INSURANCE", "no"),
                Map.entry("DISABLED", "no"), Map.entry("SALARY", "600000"), Map.entry("MEMBER_INCOME", "6000000")));

        browser.get(session.base + "/login");
        session.typeLabelled("ユーザID", "saburo.shiken");
        session.typeLabelled("パスワード", "Shiken+2026");
        session.clickButton("ログイン");
        session.await(() -> browser.getCurrentUrl().endsWith("/home"));
        return son + "/documents";
    }

    private void upload(String kind, Path file) {
        WebElement picker = browser.findElement(By.id("file-" + kind));
        picker.sendKeys(file.toString());
        picker.findElement(By.xpath("ancestor::form//button")).click();
        HeadlessChromium.awaitNextPage(browser, picker);
    }

    /** Screenshot, no wider than the screen, and no WCAG A/AA violation. */
    private void look(String what) {
        session.keepScreenshot(String.format("documents-%02d-360-%s.png", ++screenshots, what.replace(' ', '-')));
        session.assertFitsTheWindow(what);
        session.assertAccessible(what);
    }
}
