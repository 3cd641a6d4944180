package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.helpdesk.FindMemberUseCase.FindMemberCommand;
import jp.kenpo.kennin.application.helpdesk.FindMemberUseCase.FindMemberResult;
import jp.kenpo.kennin.application.helpdesk.FindMemberUseCase.MemberQuery;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.RosterRow;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.review.FourEyesRule;
import jp.kenpo.kennin.domain.staff.StaffRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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
 * The review from both sides, on the production wiring: 提出 太郎 submits his son's student card
 * as a photo and his mother's papers as PDFs; a reviewer opens the review screen in headless
 * Chromium, where the photo and every PDF page show inline as images made on the server, and
 * rejects the photo; the member uploads another and submits again; the reviewer confirms the son
 * and removes the mother, a second reviewer approves the removal (the insurer wants four eyes on
 * removals), the member sees both results on the main screen and in the result mail, and the
 * 管理者's export for the core system holds both rows.
 */
class ReviewScreenInChromiumJourneyTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Pattern FORM_LINK = Pattern.compile("<a href=\"/survey/dependents/(\\d+)\">([^<]+)</a>");
    private static final String EMAIL = "taro.shinsa@example.com";

    @TempDir
    Path dataDir;
    private BrowserSession session;
    private OnboardingSystem system;
    private ChromeDriver chromium;
    private Browser member;
    private String son;
    private String mother;

    @BeforeEach
    void start() {
        session = BrowserSession.open(dataDir, mail);
        system = session.system;
        chromium = session.browser;
        member = system.browser();
        RosterRow taro = system.addMember("31", "7001", "提出　太郎", "テイシュツ タロウ", "1970/02/02", EMAIL);
        ImportRosterResult imported = system.wiring.importDependents(new ImportDependentsCommand(OnboardingSystem.INSURER, List.of(
                new DependentRosterRow(2, "31", "7001", "1", "提出　学", "テイシュツ マナブ", "2006/06/01", "長男", "男", "同居", ""),
                new DependentRosterRow(3, "31", "7001", "2", "提出　トメ", "テイシュツ トメ", "1950/05/05", "母", "女", "別居", ""))));
        assertThat(imported).isInstanceOf(ImportRosterResult.Imported.class);
        system.registerAndLogIn(member, taro, "taro-shinsa", "Kennin#2026");
        Map<String, String> forms = new HashMap<>();
        Matcher m = FORM_LINK.matcher(member.open("/home").body());
        while (m.find()) {
            forms.put(m.group(2), "/survey/dependents/" + m.group(1));
        }
        son = forms.get("提出　学（長男）");
        mother = forms.get("提出　トメ（母）");
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aReviewerSeesThePhotoAndThePdfInlineRejectsOneDecidesBothAndTheMemberSeesTheResults() {
        answerBoth();
        prove(son, true);
        prove(mother, false);
        submit();
        system.wiring.fourEyes().setFourEyes(InsurerCode.parse(OnboardingSystem.INSURER), FourEyesRule.REMOVALS);
        BackOfficeStaff staff = new BackOfficeStaff(system);
        BackOfficeStaff.Enrolled operator = staff.operator("ops.shinsa");
        BackOfficeStaff.Enrolled admin = staff.staff(operator, OnboardingSystem.INSURER, "admin.shinsa", StaffRole.ADMINISTRATOR);
        BackOfficeStaff.Enrolled first = staff.staff(admin, OnboardingSystem.INSURER, "reviewer.one", StaffRole.REVIEWER);
        BackOfficeStaff.Enrolled second = staff.staff(admin, OnboardingSystem.INSURER, "reviewer.two", StaffRole.REVIEWER);
        FindMemberResult found = system.wiring.helpDeskUseCases().find().findMember(new FindMemberCommand(admin.principal(),
                new MemberQuery.ByCard("31", "7001"), 0, ClientAddress.local()));
        String screen = "/admin/review/members/" + ((FindMemberResult.Found) found).members().get(0).id().value();

        // The first reviewer signs in and opens the screen: every file shows as an image that loaded.
        chromium.get(session.base + "/admin/login");
        chromium.findElement(By.id("login")).sendKeys(first.login());
        chromium.findElement(By.id("password")).sendKeys(BackOfficeStaff.PASSWORD);
        chromium.findElement(By.id("oneTimeCode")).sendKeys(staff.code(first.secret()), Keys.ENTER);
        staff.nextStep();
        HeadlessChromium.pageOnceItShows(chromium, "ログアウト");
        // The review queue lists the submission; its name leads to the review screen.
        chromium.get(session.base + "/admin/review");
        HeadlessChromium.pageOnceItShows(chromium, "提出　太郎");
        session.assertAccessible("the review queue");
        chromium.findElement(By.linkText("提出　太郎")).click();
        assertThat(HeadlessChromium.pageOnceItShows(chromium, "提出　トメ")).contains("審査：提出　太郎", "提出　学", "提出　トメ");
        assertThat(chromium.getCurrentUrl()).endsWith(screen);
        List<WebElement> images = chromium.findElements(By.cssSelector(".doc-pages img"));
        assertThat(images).as("the son's photo and every page of the mother's PDFs").hasSizeGreaterThanOrEqualTo(2);
        assertThat(imagesShown()).as("every image loaded with a width (naturalWidth > 0)").isTrue();
        assertThat(images).extracting(i -> i.getAttribute("src")).allMatch(src -> src.contains("/pages/"));
        // zoom and rotate come from the static script
        WebElement tools = chromium.findElement(By.cssSelector(".doc-viewer .doc-tools"));
        assertThat(tools.isDisplayed()).isTrue();
        tools.findElement(By.cssSelector("[data-doc-action='rotate']")).click();
        assertThat(chromium.findElement(By.cssSelector(".doc-viewer .doc-pages img")).getAttribute("style")).contains("rotate(90deg)");
        session.assertAccessible("the review screen");

        // The photo of the son's student card shows his My Number: rejected.
        WebElement sonSection = section("提出　学");
        sonSection.findElement(By.cssSelector("details.review-form summary")).click();
        sonSection.findElement(By.cssSelector("details.review-form select[name='reason'] option[value='SHOWS_MY_NUMBER']")).click();
        sonSection.findElement(By.cssSelector("details.review-form textarea[name='message']")).sendKeys("番号を隠して撮り直してください");
        sonSection.findElement(By.cssSelector("details.review-form button[type='submit']")).click();
        assertThat(HeadlessChromium.pageOnceItShows(chromium, "書類を差し戻し")).contains("書類を差し戻し、回答を差し戻しました。");

        // The member is told which file and why, uploads another photo and submits again.
        member.open("/home");
        assertThat(member.open(son + "/documents").body()).contains("IMG_INCOME_CERTIFICATE.jpg", "マイナンバーが写っている");
        // The first of the son's files on the screen is the first he uploaded: the income certificate's photo.
        HttpResponse<String> again = member.upload(son + "/documents", Map.of("kind", "INCOME_CERTIFICATE"), "IMG_again.jpg",
                "image/jpeg", SamplePhotos.jpeg());
        assertThat(again.body()).contains("アップロードしました。");
        submit();

        // The reviewer confirms the son and removes the mother: the removal waits for a second reviewer.
        chromium.get(session.base + screen);
        HeadlessChromium.pageOnceItShows(chromium, "提出　トメ");
        assertThat(imagesShown()).isTrue();
        section("提出　学").findElement(By.cssSelector("form[action$='/continue'] button")).click();
        assertThat(HeadlessChromium.pageOnceItShows(chromium, "継続と決定しました")).contains("継続と決定しました（確認完了）。");
        WebElement motherSection = section("提出　トメ");
        motherSection.findElement(By.cssSelector("input[name='lossDate']")).sendKeys("2026/12/01");
        motherSection.findElement(By.cssSelector("form[action$='/remove'] select[name='reason'] option[value='INCOME_OVER_LIMIT']"))
                .click();
        motherSection.findElement(By.cssSelector("form[action$='/remove'] button")).click();
        assertThat(HeadlessChromium.pageOnceItShows(chromium, "承認を待っています"))
                .contains("削除と決定しました。別の審査担当の承認を待っています。")
                .contains("あなたの決定です。別の審査担当が承認します。");

        // The second reviewer approves; the member is complete, so the result mail goes out.
        Browser reviewer = system.browser();
        staff.signIn(reviewer, second);
        String secondView = reviewer.open(screen).body();
        Matcher motherId = Pattern.compile("action=\"" + Pattern.quote(screen) + "/approve\"[^>]*>\\s*<input type=\"hidden\" "
                + "name=\"_csrf\" value=\"[^\"]+\">\\s*<input type=\"hidden\" name=\"dependent\" value=\"(\\d+)\"").matcher(secondView);
        assertThat(motherId.find()).as("the approve form for the mother").isTrue();
        assertThat(reviewer.submit(screen + "/approve", Map.of("dependent", motherId.group(1))).body())
                .contains("決定を承認しました。すべての被扶養者の結果を知らせるメールを送信待ちに入れました（順に送信されます）。");

        String home = member.open("/home").body();
        assertThat(home).contains("確認の結果：継続").contains("確認の結果：削除（資格喪失日 2026年12月1日（火）、理由 収入超過）");
        // The approval queued the result notice; the outbox worker mails it (one run by hand, as the job runner would).
        assertThat(system.wiring.jobServices().deliverOutboxMails().deliverDueMails(
                new jp.kenpo.kennin.application.mailing.DeliverOutboxMailsUseCase.DeliverDueMailsCommand("test-worker", 10,
                        java.time.Duration.ofSeconds(10))).sent()).isEqualTo(1);
        assertThat(OnboardingSystem.body(system.lastMailTo(EMAIL))).contains("提出　学").contains("提出　トメ");

        // The 管理者's export for the core system holds both decisions, read back as the Windows-31J it declares.
        Browser office = system.browser();
        staff.signIn(office, admin);
        HttpResponse<byte[]> export = office.download("/admin/results/export?format=CSV_WINDOWS_31J");
        assertThat(export.headers().firstValue("Content-Type")).hasValue("text/csv; charset=Windows-31J");
        List<CSVRecord> rows;
        try {
            rows = CSVFormat.EXCEL.parse(new StringReader(new String(export.body(), Charset.forName("Windows-31J"))))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CSVRecord sonRow = rows.stream().filter(r -> r.get(3).equals("提出　学")).findFirst().orElseThrow();
        CSVRecord motherRow = rows.stream().filter(r -> r.get(3).equals("提出　トメ")).findFirst().orElseThrow();
        assertThat(List.of(sonRow.get(0), sonRow.get(1), sonRow.get(7), sonRow.get(9))).containsExactly("31", "7001", "CONTINUED", "");
        assertThat(List.of(motherRow.get(7), motherRow.get(9), motherRow.get(10), motherRow.get(12), motherRow.get(13)))
                .containsExactly("REMOVED", "2026/12/01", "INCOME_OVER_LIMIT", "担当 " + first.login(), "担当 " + second.login());
    }

    private boolean imagesShown() {
        long deadline = System.nanoTime() + 20_000_000_000L;
        Object shown = false;
        while (System.nanoTime() < deadline) {
            shown = chromium.executeScript("var images = document.querySelectorAll('.doc-pages img');"
                    + "return images.length > 0 && Array.prototype.every.call(images, function (i) {"
                    + "  i.loading = 'eager'; return i.complete && i.naturalWidth > 0; });");
            if (Boolean.TRUE.equals(shown)) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private WebElement section(String name) {
        return chromium.findElement(By.xpath("//section[contains(@class,'review-dependent')][.//h2[contains(., '" + name + "')]]"));
    }

    private void answerBoth() {
        member.open(son);
        assertThat(member.submit(son, Map.ofEntries(Map.entry("LIVING", "TOGETHER"), Map.entry("SITUATION", "STUDENT"),
                Map.entry("RESIDENCE", "IN_JAPAN"), Map.entry("EMPLOYMENT_CHANGED", "no"),
                Map.entry("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING"), Map.entry("OTHER_HEALTH_INSURANCE", "no"),
                Map.entry("DISABLED", "no"), Map.entry("MEMBER_INCOME", "６，０００，０００"))).body())
                .contains("見込み：継続可");
        member.open(mother);
        member.submit(mother, Map.ofEntries(Map.entry("LIVING", "APART_SEPARATE_HOUSEHOLD"),
                Map.entry("SITUATION", "PENSIONER"), Map.entry("RESIDENCE", "IN_JAPAN"), Map.entry("PENSION", "80万"),
                Map.entry("EMPLOYMENT_CHANGED", "no"), Map.entry("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING"),
                Map.entry("OTHER_HEALTH_INSURANCE", "no"), Map.entry("DISABLED", "no"), Map.entry("REMITTANCE", "1,200,000"),
                Map.entry("PARENT_SUPPORT_REASON", "年金だけでは生活費が足りないため")));
    }

    /** One file for every requirement still missing: photos for the son, two-page PDFs for the mother. */
    private void prove(String form, boolean photos) {
        String page = member.open(form + "/documents").body();
        Matcher kinds = Pattern.compile("<input type=\"hidden\" name=\"kind\" value=\"([A-Z_]+)\">").matcher(page);
        List<String> missing = new ArrayList<>();
        while (kinds.find()) {
            missing.add(kinds.group(1));
        }
        assertThat(missing).isNotEmpty();
        for (String kind : missing) {
            HttpResponse<String> uploaded = photos
                    ? member.upload(form + "/documents", Map.of("kind", kind), "IMG_" + kind + ".jpg", "image/jpeg", SamplePhotos.jpeg())
                    : member.upload(form + "/documents", Map.of("kind", kind), kind + ".pdf", "application/pdf", pdf(kind));
            assertThat(uploaded.body()).contains("アップロードしました。");
        }
    }

    private void submit() {
        String confirm = member.open("/survey/confirm").body();
        assertThat(confirm).as(confirm.replaceAll("(?s).*<main", "<main")).contains("action=\"/survey/submit\"");
        HttpResponse<String> submitted = member.submit("/survey/submit", Map.of());
        assertThat(submitted.uri().getPath()).as(submitted.body().replaceAll("(?s).*<main", "<main")).isEqualTo("/survey/submitted");
    }

    private static byte[] pdf(String title) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= 2; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    text.newLineAtOffset(72, 700);
                    text.showText(title + " page " + i);
                    text.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
