package jp.kenpo.kennin.bootstrap.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import jp.kenpo.kennin.adapters.web.testing.Browser;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineCommand;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineResult;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseCommand;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseResult;
import jp.kenpo.kennin.application.roster.DependentRosterRow;
import jp.kenpo.kennin.application.roster.ImportDependentsUseCase.ImportDependentsCommand;
import jp.kenpo.kennin.application.roster.ImportRosterUseCase.ImportRosterResult;
import jp.kenpo.kennin.application.roster.RosterRow;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey from answers to receipt over real HTTP, with the production wiring, the file-system
 * storage and GreenMail (demo survey: 基準日 2026-11-24, deadline 2026-12-24): 提出 太郎 answers
 * for his son of 20, a student living with him, and his mother, who lives on her own and to
 * whom he sends money; uploads a photo and PDFs; submits; gets the receipt by mail.
 */
class SurveySubmissionJourneyTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    private static final Pattern FORM_LINK = Pattern.compile("<a href=\"/survey/dependents/(\\d+)\">([^<]+)</a>");
    private static final Pattern DOCUMENT_LINK = Pattern.compile("href=\"(/survey/documents/[0-9a-f]{32})\"");
    private static final Pattern RECEIPT = Pattern.compile("\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    private static final String EMAIL = "taro.teishutsu@example.com";

    @TempDir
    Path dataDir;

    private OnboardingSystem system;
    private Browser browser;
    private String son;
    private String mother;

    @BeforeEach
    void start() {
        system = new OnboardingSystem(dataDir, mail);
        browser = system.browser();
        RosterRow taro = system.addMember("31", "7001", "提出　太郎", "テイシュツ タロウ", "1970/02/02", EMAIL);
        ImportRosterResult imported = system.wiring.importDependents(new ImportDependentsCommand(OnboardingSystem.INSURER, List.of(
                new DependentRosterRow(2, "31", "7001", "1", "提出　学", "テイシュツ マナブ", "2006/06/01", "長男", "男", "同居", ""),
                new DependentRosterRow(3, "31", "7001", "2", "提出　トメ", "テイシュツ トメ", "1950/05/05", "母", "女", "別居", ""))));
        assertThat(imported).isInstanceOf(ImportRosterResult.Imported.class);
        system.registerAndLogIn(browser, taro, "taro-teishutsu", "Kennin#2026");
        Map<String, String> forms = formsOnTheMainScreen(browser);
        son = forms.get("提出　学（長男）");
        mother = forms.get("提出　トメ（母）");
    }

    @AfterEach
    void stop() {
        system.close();
    }

    private static Map<String, String> formsOnTheMainScreen(Browser browser) {
        Map<String, String> forms = new HashMap<>();
        Matcher m = FORM_LINK.matcher(browser.open("/home").body());
        while (m.find()) {
            forms.put(m.group(2), "/survey/dependents/" + m.group(1));
        }
        return forms;
    }

    private void answerBoth() {
        browser.open(son);
        assertThat(browser.submit(son, Map.ofEntries(Map.entry("LIVING", "TOGETHER"), Map.entry("SITUATION", "STUDENT"),
                Map.entry("RESIDENCE", "IN_JAPAN"), Map.entry("EMPLOYMENT_CHANGED", "no"),
                Map.entry("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING"), Map.entry("OTHER_HEALTH_INSURANCE", "no"),
                Map.entry("DISABLED", "no"), Map.entry("MEMBER_INCOME", "６，０００，０００"))).body())
                .contains("見込み：継続可", "在学証明書または学生証（両面）");
        browser.open(mother);
        String answered = browser.submit(mother, Map.ofEntries(Map.entry("LIVING", "APART_SEPARATE_HOUSEHOLD"),
                Map.entry("SITUATION", "PENSIONER"), Map.entry("RESIDENCE", "IN_JAPAN"), Map.entry("PENSION", "80万"),
                Map.entry("EMPLOYMENT_CHANGED", "no"), Map.entry("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING"),
                Map.entry("OTHER_HEALTH_INSURANCE", "no"), Map.entry("DISABLED", "no"), Map.entry("REMITTANCE", "1,200,000"),
                Map.entry("PARENT_SUPPORT_REASON", "年金だけでは生活費が足りないため"))).body();
        assertThat(answered).contains("仕送りの証明", "年金振込通知書").doesNotContain("次の質問に回答すると");
    }

    /** Uploads one file for every requirement still missing on the dependent's checklist: photos for the son, PDFs for the mother. */
    private void proveEverything(String form, boolean photos) {
        String page = browser.open(form + "/documents").body();
        Matcher kinds = Pattern.compile("<input type=\"hidden\" name=\"kind\" value=\"([A-Z_]+)\">").matcher(page);
        List<String> missing = new ArrayList<>();
        while (kinds.find()) {
            missing.add(kinds.group(1));
        }
        assertThat(missing).isNotEmpty();
        for (String kind : missing) {
            HttpResponse<String> uploaded = photos
                    ? browser.upload(form + "/documents", Map.of("kind", kind), "IMG_" + kind + ".jpg", "image/jpeg", SamplePhotos.jpeg())
                    : browser.upload(form + "/documents", Map.of("kind", kind), kind + ".pdf", "application/pdf", pdf());
            assertThat(uploaded.uri().getPath()).isEqualTo(form + "/documents");
            assertThat(uploaded.body()).contains("アップロードしました。");
        }
        assertThat(browser.open(form + "/documents").body()).contains("必要な書類はすべてアップロードされています。");
    }

    private List<String> documentLinks(String page) {
        Matcher m = DOCUMENT_LINK.matcher(page);
        List<String> links = new ArrayList<>();
        while (m.find()) {
            links.add(m.group(1));
        }
        return links.stream().distinct().toList();
    }

    @Test
    void theMemberAnswersUploadsAPhotoAndPdfsSubmitsAndReceivesTheReceiptByMail() throws Exception {
        answerBoth();
        String notYet = browser.open("/survey/confirm").body();
        assertThat(notYet).contains("提出内容の確認", "未提出", "まだ提出できません").doesNotContain("action=\"/survey/submit\"");

        proveEverything(son, true);
        proveEverything(mother, false);
        String sonsDocuments = browser.open(son + "/documents").body();
        String photo = documentLinks(sonsDocuments).get(0);
        HttpResponse<byte[]> shown = browser.download(photo);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(shown.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(shown.body()).isEqualTo(SamplePhotos.jpeg());
        try (Stream<Path> stored = Files.walk(dataDir.resolve("documents"))) {
            assertThat(stored.filter(Files::isRegularFile).filter(f -> !f.toString().contains("staging")).count())
                    .as("five files kept under KENNIN_DATA_DIR/documents").isGreaterThanOrEqualTo(5);
        }

        String confirm = browser.open("/survey/confirm").body();
        assertThat(confirm).contains("提出　学", "提出　トメ", "1,200,000円", "年金だけでは生活費が足りないため", "IMG_", ".pdf",
                "action=\"/survey/submit\"").doesNotContain("<strong>未提出</strong>");
        HttpResponse<String> submitted = browser.submit("/survey/submit", Map.of());

        assertThat(submitted.uri().getPath()).isEqualTo("/survey/submitted");
        Matcher receipt = Pattern.compile("<strong id=\"receipt\">(" + RECEIPT.pattern() + ")</strong>").matcher(submitted.body());
        assertThat(receipt.find()).as("receipt number on the page").isTrue();
        String mailed = OnboardingSystem.body(system.lastMailTo(EMAIL));
        assertThat(mailed).contains("受付番号：" + receipt.group(1), "対象の被扶養者：2人");
        assertThat(browser.open("/home").body()).contains(">提出済</strong>");

        // Answers are now staff's; a further document can still be sent, nothing can be deleted.
        assertThat(browser.open(son).body()).contains("disabled");
        assertThat(browser.submit(son, Map.of("LIVING", "APART_OTHER")).body()).contains("提出済み");
        assertThat(browser.post(photo + "/delete", Map.of("_csrf", browser.csrfToken().orElseThrow()), Map.of())
                .statusCode()).isEqualTo(303);
        assertThat(browser.open(son + "/documents").body()).contains("変更・削除できません");
        assertThat(browser.download(photo).statusCode()).isEqualTo(200);
        assertThat(browser.upload(son + "/documents", Map.of("kind", "STUDENT_CERTIFICATE"), "back.jpg", "image/jpeg", SamplePhotos.jpeg())
                .body()).contains("アップロードしました。");
    }

    @Test
    void twoSubmitsAtOnceAsFromADoubleClickGiveOneReceipt() throws Exception {
        answerBoth();
        proveEverything(son, true);
        proveEverything(mother, false);
        browser.open("/survey/confirm");
        String token = browser.csrfToken().orElseThrow();

        java.util.concurrent.ExecutorService clicks = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> posts = clicks.invokeAll(List.of(
                    () -> browser.post("/survey/submit", Map.of("_csrf", token), Map.of()),
                    () -> browser.post("/survey/submit", Map.of("_csrf", token), Map.of())));
            for (var post : posts) {
                assertThat(post.get().statusCode()).isEqualTo(303);
            }
        } finally {
            clicks.shutdown();
        }

        mail.waitForIncomingEmail(5_000, 1);
        Thread.sleep(500); // a second receipt mail, if any, would be on its way by now
        long receipts = java.util.Arrays.stream(mail.getReceivedMessages())
                .filter(m -> OnboardingSystem.body(m).contains("受付番号：")).count();
        assertThat(receipts).isEqualTo(1);
        assertThat(browser.open("/survey/submitted").body()).contains("対象の被扶養者：2人");
    }

    @Test
    void draftSavesFromAnotherTabRacingTheSubmitNeverUndoIt() throws Exception {
        answerBoth();
        proveEverything(son, true);
        proveEverything(mother, false);
        browser.open("/survey/confirm");
        String token = browser.csrfToken().orElseThrow();
        Map<String, String> sameAnswers = new HashMap<>(Map.ofEntries(Map.entry("_csrf", token), Map.entry("LIVING", "TOGETHER"),
                Map.entry("SITUATION", "STUDENT"), Map.entry("RESIDENCE", "IN_JAPAN"), Map.entry("EMPLOYMENT_CHANGED", "no"),
                Map.entry("UNEMPLOYMENT_BENEFIT", "NOT_CLAIMING"), Map.entry("OTHER_HEALTH_INSURANCE", "no"),
                Map.entry("DISABLED", "no"), Map.entry("MEMBER_INCOME", "6000000")));
        int saves = 12;

        java.util.concurrent.ExecutorService tabs = java.util.concurrent.Executors.newFixedThreadPool(saves + 1);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<HttpResponse<String>>> posts = new ArrayList<>();
        try {
            for (int i = 0; i < saves; i++) {
                posts.add(tabs.submit(() -> {
                    start.await();
                    return browser.post(son, sameAnswers, Map.of());
                }));
            }
            posts.add(tabs.submit(() -> {
                start.await();
                return browser.post("/survey/submit", Map.of("_csrf", token), Map.of());
            }));
            start.countDown();
            for (var post : posts) {
                assertThat(post.get(60, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(303);
            }
        } finally {
            tabs.shutdown();
        }

        mail.waitForIncomingEmail(5_000, 1);
        assertThat(OnboardingSystem.body(system.lastMailTo(EMAIL))).contains("受付番号：");
        assertThat(browser.open("/home").body()).as("no draft saved after the receipt went out").contains(">提出済</strong>");
        assertThat(browser.submit(son, sameAnswers).body()).contains("提出済みまたは確認済みのため、変更できません");
    }

    @Test
    void fortyFiveUploadsAtOnceKeepThirtyFilesAndTheRefusedLeaveNothingInStorage() throws Exception {
        answerBoth();
        String page = son + "/documents";
        browser.open(page);
        String token = browser.csrfToken().orElseThrow();
        byte[] photo = SamplePhotos.jpeg();
        int uploads = 45;

        java.util.concurrent.ExecutorService phones = java.util.concurrent.Executors.newFixedThreadPool(uploads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<HttpResponse<String>>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < uploads; i++) {
                String name = "IMG_" + i + ".jpg";
                sent.add(phones.submit(() -> {
                    start.await();
                    return browser.upload(page, Map.of("_csrf", token, "kind", "STUDENT_CERTIFICATE"), name, "image/jpeg", photo);
                }));
            }
            start.countDown();
            // One session means one flash slot, so the messages of parallel uploads overwrite each other: count what was kept.
            for (var upload : sent) {
                assertThat(upload.get(120, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        } finally {
            phones.shutdown();
        }

        assertThat(documentLinks(browser.open(page).body())).hasSize(30);
        try (Stream<Path> stored = Files.walk(dataDir.resolve("documents"))) {
            assertThat(stored.filter(Files::isRegularFile).filter(f -> !f.toString().contains("staging")).count())
                    .as("no file of a refused upload stays in storage").isEqualTo(30);
        }
    }

    @Test
    void whenTheMailServerIsDownTheReceiptPageSaysTheMailWasNotSentAndTheMainScreenShowsTheReceipt() {
        answerBoth();
        proveEverything(son, true);
        proveEverything(mother, false);
        browser.open("/survey/confirm");
        mail.stop();

        HttpResponse<String> submitted = browser.submit("/survey/submit", Map.of());

        assertThat(submitted.uri().getPath()).isEqualTo("/survey/submitted");
        Matcher receipt = Pattern.compile("<strong id=\"receipt\">(" + RECEIPT.pattern() + ")</strong>").matcher(submitted.body());
        assertThat(receipt.find()).isTrue();
        assertThat(submitted.body()).contains("確認メールを送信できませんでした", "この画面の受付番号は有効です")
                .doesNotContain("確認メールをお送りしました");
        String home = browser.open("/home").body();
        assertThat(home).contains(">提出済</strong>", receipt.group(1), "結果をメールでお知らせします")
                .doesNotContain("回答期限まであと", "class=\"button primary\" href=\"/survey/confirm\"");
    }

    // --- receipt ---
    @Test
    void theReceiptNamesTheDependentsAndItsPdfCopyHasTheAnswersAndFilesInAnEmbeddedFontForTheMemberAlone() throws Exception {
        Browser neighbour = system.browser();
        RosterRow jiro = system.addMember("31", "7009", "隣野　次郎", "トナリノ ジロウ", "1975/04/04", "jiro.tonarino@example.com");
        system.registerAndLogIn(neighbour, jiro, "jiro-tonarino", "Kennin#2026");
        assertThat(browser.download("/survey/receipt.pdf").statusCode()).as("before submitting").isEqualTo(404);
        answerBoth();
        proveEverything(son, true);
        proveEverything(mother, false);
        browser.open("/survey/confirm");

        String page = browser.submit("/survey/submit", Map.of()).body();
        Matcher receipt = Pattern.compile("<strong id=\"receipt\">(" + RECEIPT.pattern() + ")</strong>").matcher(page);
        assertThat(receipt.find()).isTrue();
        assertThat(page).contains("<li>提出　学（長男）</li>", "<li>提出　トメ（母）</li>", "今後の流れ",
                "ブラウザの印刷機能で、この画面を印刷できます。", "href=\"/survey/receipt.pdf\"");

        HttpResponse<byte[]> copy = browser.download("/survey/receipt.pdf");
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(copy.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(copy.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment;").contains("receipt-" + receipt.group(1) + ".pdf"));
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(copy.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("受付番号：" + receipt.group(1), "被保険者：提出　太郎", "提出　学（長男）", "提出　トメ（母）",
                    "現在の状況：学生", "1,200,000円", "年金だけでは生活費が足りないため", "IMG_STUDENT_CERTIFICATE.jpg",
                    "PENSION_NOTICE.pdf", "今後の流れ");
            PDPage first = pdf.getPage(0);
            for (COSName name : first.getResources().getFontNames()) {
                assertThat(first.getResources().getFont(name).isEmbedded()).isTrue();
            }
        }
        assertThat(neighbour.download("/survey/receipt.pdf").statusCode()).as("another member of the insurer").isEqualTo(404);
        assertThat(browser.open("/survey/submitted").body()).as("the receipt stays reachable").contains(receipt.group(1),
                "提出　トメ（母）");
    }

    @Test
    void aMemberWhoseOnlyDependentIsTooYoungForTheSurveyIsToldThereIsNothingToAnswer() {
        RosterRow young = system.addMember("31", "7003", "若葉　一郎", "ワカバ イチロウ", "1985/03/03", "ichiro.wakaba@example.com");
        assertThat(system.wiring.importDependents(new ImportDependentsCommand(OnboardingSystem.INSURER, List.of(
                new DependentRosterRow(2, "31", "7003", "1", "若葉　小太郎", "ワカバ コタロウ", "2015/04/04", "長男", "男", "同居", "")))))
                .isInstanceOf(ImportRosterResult.Imported.class);
        Browser phone = system.browser();
        system.registerAndLogIn(phone, young, "ichiro-wakaba", "Kennin#2026");

        String home = phone.open("/home").body();

        assertThat(home).contains("今回の調査の対象となる被扶養者はいません", "18歳以上の被扶養者が対象です")
                .doesNotContain("未回答", "href=\"/survey/confirm\"", "回答期限まであと");
    }

    @Test
    void badFilesAreRefusedWithTheReasonAndNothingIsKept() throws Exception {
        answerBoth();
        browser.open(son + "/documents");

        assertThat(browser.upload(son + "/documents", Map.of("kind", "STUDENT_CERTIFICATE"), "card.jpg", "image/jpeg",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)).body())
                .containsAnyOf("一致しません", "この形式のファイルはアップロードできません");
        assertThat(browser.upload(son + "/documents", Map.of("kind", "STUDENT_CERTIFICATE"), "empty.pdf", "application/pdf",
                new byte[0]).body()).contains("ファイルが空です");
        assertThat(browser.upload(son + "/documents", Map.of("kind", "STUDENT_CERTIFICATE"), "big.pdf", "application/pdf",
                new byte[10 * 1024 * 1024 + 1]).body()).contains("ファイルが大きすぎます（上限 10.0MB）");
        assertThat(browser.upload(son + "/documents", Map.of("kind", "STUDENT_CERTIFICATE"), "bomb.pdf", "application/pdf",
                pdfBomb()).body()).contains("展開すると極端に大きくなるデータ");

        assertThat(documentLinks(browser.open(son + "/documents").body())).isEmpty();
        try (Stream<Path> stored = Files.walk(dataDir.resolve("documents"))) {
            assertThat(stored.filter(Files::isRegularFile).toList()).isEmpty();
        }
    }

    @Test
    void anotherMembersDocumentIsNotFoundByIdNorCanItBeDeleted() {
        answerBoth();
        proveEverything(son, true);
        String photo = documentLinks(browser.open(son + "/documents").body()).get(0);

        RosterRow other = system.addMember("31", "7002", "別人　花子", "ベツジン ハナコ", "1980/01/01", "hanako.betsujin@example.com");
        Browser stranger = system.browser();
        system.registerAndLogIn(stranger, other, "hanako-betsujin", "Kennin#2026");

        assertThat(stranger.download(photo).statusCode()).isEqualTo(404);
        assertThat(stranger.post(photo + "/delete", Map.of("_csrf", stranger.csrfToken().orElseThrow()), Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(stranger.fetch(son + "/documents").statusCode()).isEqualTo(404);
        assertThat(browser.download(photo).statusCode()).as("still there for its owner").isEqualTo(200);
        browser.open("/home");
        assertThat(browser.fetch("/survey/documents/../../secret.key").statusCode()).isEqualTo(404);
    }

    @Test
    void afterTheDeadlineDaySubmittingIsRefusedUntilStaffExtendTheDeadlineForTheMember() {
        answerBoth();
        proveEverything(son, true);
        proveEverything(mother, false);
        system.clock.set(Instant.parse("2026-12-24T14:59:59Z")); // 23:59:59 JST on the deadline day
        logInAgain(); // a month of idleness ended the session
        assertThat(browser.open("/survey/confirm").body()).contains("action=\"/survey/submit\"");
        system.clock.set(Instant.parse("2026-12-24T15:00:00Z")); // 2026-12-25 00:00 JST: the deadline day is over

        String refused = browser.submit("/survey/submit", Map.of()).body();
        assertThat(refused).contains("回答期限（2026年12月24日（木））を過ぎているため、提出できません");
        assertThat(browser.open("/home").body()).contains("回答期限を過ぎたため提出できません").doesNotContain("class=\"button primary\" href=\"/survey/confirm\"");

        ExtendSurveyDeadlineResult extended = system.wiring.reviewUseCases().extendDeadline().extendSurveyDeadline(
                new ExtendSurveyDeadlineCommand("demo", "31", "7001", "2027/01/10", "staff-kato", ClientAddress.local()));
        assertThat(extended).isInstanceOf(ExtendSurveyDeadlineResult.Extended.class);

        browser.open("/survey/confirm");
        assertThat(browser.submit("/survey/submit", Map.of()).uri().getPath()).isEqualTo("/survey/submitted");
    }

    @Test
    void staffSendTheSonsAnswersBackAndTheMemberCorrectsAndSubmitsAgain() {
        answerBoth();
        proveEverything(son, true);
        proveEverything(mother, false);
        browser.open("/survey/confirm");
        browser.submit("/survey/submit", Map.of());

        ReturnSurveyResponseResult returned = system.wiring.reviewUseCases().returnResponse().returnSurveyResponse(
                new ReturnSurveyResponseCommand("demo", "31", "7001", "1", "学生証の裏面も提出してください。", "staff-kato",
                        ClientAddress.local()));
        assertThat(returned).isEqualTo(new ReturnSurveyResponseResult.Returned(true));
        assertThat(OnboardingSystem.body(system.lastMailTo(EMAIL))).contains("差し戻しの理由をご確認");

        assertThat(browser.open("/home").body()).contains(">差し戻し</strong>");
        assertThat(browser.open(son).body()).contains("健康保険組合から差し戻されました", "学生証の裏面も提出してください。");
        assertThat(browser.upload(son + "/documents", Map.of("kind", "STUDENT_CERTIFICATE"), "back.jpg", "image/jpeg", SamplePhotos.jpeg())
                .body()).contains("アップロードしました。");

        system.clock.advance(java.time.Duration.ofMinutes(10));
        browser.open("/survey/confirm");
        HttpResponse<String> again = browser.submit("/survey/submit", Map.of());
        assertThat(again.body()).contains("対象の被扶養者：1人");
        assertThat(browser.open("/home").body()).contains(">提出済</strong>");
    }

    private void logInAgain() {
        browser.open("/login");
        assertThat(browser.submit("/login", Map.of("userId", "taro-teishutsu", "password", "Kennin#2026")).uri().getPath())
                .isEqualTo("/home");
    }

    /** One page whose content stream is about 100 KB of Flate data that inflates to 100 MiB of zeros. */
    private static byte[] pdfBomb() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream contents = document.getDocument().createCOSStream();
            try (DeflaterOutputStream deflating = new DeflaterOutputStream(contents.createRawOutputStream(),
                    new Deflater(Deflater.BEST_COMPRESSION))) {
                byte[] zeros = new byte[1024 * 1024];
                for (int i = 0; i < 100; i++) {
                    deflating.write(zeros);
                }
            }
            contents.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
