package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.domain.eligibility.IncomeCertificateYear;
import jp.kenpo.kennin.adapters.web.kit.Messages;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.survey.DeleteSurveyDocumentUseCase.DeleteSurveyDocumentResult;
import jp.kenpo.kennin.application.survey.DependentReview;
import jp.kenpo.kennin.application.survey.ShowSurveyDocumentsUseCase.SurveyDocuments;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentCommand;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentResult;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The documents page of one dependent, over real HTTP with fake use cases: a refused file is told
 * inside the block of the document it was chosen for (after the redirect, naming the file), deleting
 * asks first, each document says where to get it, a declaration can be printed, and the member's
 * deadline is on the page.
 */
class TheDocumentsPageSaysEachThingAtItsDocumentTest extends WebAppFixture {
    private static final InsurerCode DEMO = InsurerCode.parse("demo");
    private static final Dependent WIFE = new Dependent(new DependentId(30), FakeUseCases.MEMBER, DependentNumber.parse("1"),
            new PersonName("健保 花子", "ケンポ ハナコ"), LocalDate.of(1982, 6, 15), StatedRelationship.parse("妻"), Sex.FEMALE,
            Cohabitation.TOGETHER, Optional.empty());
    private static final String PAGE = "/survey/dependents/30/documents";
    private static final StoredDocument.Id FILE_ID = new StoredDocument.Id("0123456789abcdef0123456789abcdef");
    private static final SurveyDocument CONTRACT = new SurveyDocument(new StoredDocument(FILE_ID, DocumentType.PDF, 2_048,
            "ab".repeat(32)), DEMO, 2025, WIFE.id(), DocumentKind.LABOUR_CONTRACT_AND_DECLARATION, "x.pdf",
            Instant.parse("2025-08-30T01:00:00Z"));

    @BeforeEach
    void signedIn() {
        fakes.surveyDocuments = documents(List.of(
                new DependentReview.Requirement(DocumentKind.INCOME_CERTIFICATE, 1, List.of()),
                new DependentReview.Requirement(DocumentKind.LABOUR_CONTRACT_AND_DECLARATION, 1, List.of(CONTRACT))));
        logIn();
        browser.open(PAGE);
    }

    @Test
    void aRefusedFileIsToldInsideTheBlockOfItsDocumentNamingTheFileAfterTheRedirect() {
        fakes.uploadSurveyDocument = new UploadSurveyDocumentResult.Rejected("document.typeMismatch");

        HttpResponse<String> page = browser.upload(PAGE, Map.of("kind", "INCOME_CERTIFICATE"), "IMG_0042.heic", "image/heic",
                new byte[] {1, 2, 3});

        assertThat(page.uri().getPath()).as("post/redirect/get").isEqualTo(PAGE);
        String income = block(page.body(), DocumentKind.INCOME_CERTIFICATE);
        assertThat(income).contains("<p class=\"field-error\" id=\"file-INCOME_CERTIFICATE-error\">「IMG_0042.heic」はアップロードできませんでした。"
                        + "ファイル名や種類と、ファイルの中身が一致しません。")
                .contains("aria-describedby=\"file-INCOME_CERTIFICATE-error\"", "aria-invalid=\"true\"");
        assertThat(block(page.body(), DocumentKind.LABOUR_CONTRACT_AND_DECLARATION)).doesNotContain("IMG_0042.heic", "field-error");
        assertThat(page.body()).as("not at the top as a flash").doesNotContain("flash-error");
        // Shown once: a reload is the plain checklist again.
        assertThat(browser.open(PAGE).body()).doesNotContain("IMG_0042.heic", "error-summary");
    }

    @Test
    void anotherDependentsChecklistOpenedMeanwhileDoesNotTakeTheRefusal() {
        fakes.uploadSurveyDocument = new UploadSurveyDocumentResult.Rejected("document.typeMismatch");
        String boundary = "----kennin-docs";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + browser.csrfToken().orElseThrow()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nINCOME_CERTIFICATE\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"IMG_0042.heic\"\r\nContent-Type: image/heic\r\n\r\nx\r\n--"
                + boundary + "--\r\n";
        HttpResponse<String> posted = browser.send(java.net.http.HttpRequest.newBuilder(browser.uri(PAGE))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(posted.statusCode()).isEqualTo(303);

        assertThat(browser.open("/survey/dependents/31/documents").body()).doesNotContain("IMG_0042.heic", "error-summary");
        assertThat(browser.open(PAGE).body()).contains("「IMG_0042.heic」はアップロードできませんでした。");
    }

    @Test
    void theErrorSummaryAtTheTopLinksToTheBlockOfTheRefusedFile() {
        fakes.uploadSurveyDocument = new UploadSurveyDocumentResult.Rejected("document.typeMismatch");

        String page = browser.upload(PAGE, Map.of("kind", "INCOME_CERTIFICATE"), "IMG_0042.heic", "image/heic",
                new byte[] {1, 2, 3}).body();

        Matcher summary = Pattern.compile("<div class=\"form-errors error-summary\"[^>]*>.*?<a href=\"#([^\"]+)\">([^<]*)</a>",
                Pattern.DOTALL).matcher(page);
        assertThat(summary.find()).as("an error summary with a link").isTrue();
        assertThat(summary.group(2)).contains("IMG_0042.heic");
        assertThat(block(page, DocumentKind.INCOME_CERTIFICATE)).contains("id=\"" + summary.group(1) + "\"");
        assertThat(page.indexOf("error-summary")).as("before the checklist").isLessThan(page.indexOf("class=\"panel requirement"));
    }

    @Test
    void aRefusedReplacementIsToldAtTheReplacePickerOfTheFileItWasToReplace() {
        fakes.uploadSurveyDocument = new UploadSurveyDocumentResult.Rejected("document.typeMismatch");

        String page = browser.upload("/survey/documents/" + FILE_ID.value() + "/replace",
                Map.of("kind", "LABOUR_CONTRACT_AND_DECLARATION", "dependent", "30"), "IMG_0042.heic", "image/heic",
                new byte[] {1}).body();

        String contract = block(page, DocumentKind.LABOUR_CONTRACT_AND_DECLARATION);
        String replace = "replace-" + FILE_ID.value();
        assertThat(contract).contains("<details class=\"replace\" open>", "<p class=\"field-error\" id=\"" + replace
                        + "-error\">「IMG_0042.heic」はアップロードできませんでした。",
                "id=\"" + replace + "\" name=\"file\" type=\"file\"", "aria-describedby=\"" + replace + "-error\"");
        assertThat(contract).as("not at the upload picker").doesNotContain("id=\"file-LABOUR_CONTRACT_AND_DECLARATION-error\"");
        assertThat(page).contains("<a href=\"#replace-form-" + FILE_ID.value() + "\">");
        assertThat(contract).contains("id=\"replace-form-" + FILE_ID.value() + "\"");
    }

    @Test
    void aFileOverTheLimitIsToldWithTheLimitAndALongNameIsShortened() {
        fakes.uploadSurveyDocument = new UploadSurveyDocumentResult.Rejected("document.tooLarge");
        String longName = "スキャン".repeat(40) + ".pdf";

        String income = block(browser.upload(PAGE, Map.of("kind", "INCOME_CERTIFICATE"), longName, "application/pdf",
                new byte[] {1}).body(), DocumentKind.INCOME_CERTIFICATE);

        assertThat(income).contains("ファイルが大きすぎます（上限 10.0MB）", "「" + longName.substring(0, 59) + "…」")
                .doesNotContain(longName);
        assertThat(fakes.callsOf(UploadSurveyDocumentCommand.class)).singleElement()
                .extracting(UploadSurveyDocumentCommand::fileName).as("the use case still gets the whole name").isEqualTo(longName);
    }

    @Test
    void aSuccessfulUploadKeepsItsStatusMessage() {
        fakes.uploadSurveyDocument = new UploadSurveyDocumentResult.Uploaded(new SurveyDocument(CONTRACT.stored(), DEMO, 2025,
                WIFE.id(), DocumentKind.INCOME_CERTIFICATE, "課税証明書.pdf", Instant.parse("2025-09-01T00:00:00Z")));

        String page = browser.upload(PAGE, Map.of("kind", "INCOME_CERTIFICATE"), "課税証明書.pdf", "application/pdf",
                new byte[] {1}).body();

        assertThat(page).contains("<div class=\"flash flash-info\" role=\"status\">「課税証明書.pdf」をアップロードしました。</div>")
                .doesNotContain("error-summary", "field-error");
    }

    @Test
    void deletingAFileAsksFirstAndOnlyThePostFromTheQuestionDeletes() {
        String list = browser.open(PAGE).body();
        String confirm = "/survey/dependents/30/documents/" + FILE_ID.value() + "/delete";
        assertThat(list).contains("href=\"" + confirm + "\"").doesNotContain("action=\"/survey/documents/" + FILE_ID.value() + "/delete\"");

        String question = browser.open(confirm).body();

        assertThat(question).contains("『x.pdf』を削除しますか", ">削除する</button>", ">やめる</a>",
                "action=\"/survey/documents/" + FILE_ID.value() + "/delete\"", "name=\"_csrf\"");
        assertThat(fakes.callsOf(FakeUseCases.DocumentDeleted.class)).as("asking deletes nothing").isEmpty();

        fakes.deleteSurveyDocument = new DeleteSurveyDocumentResult.Deleted(WIFE.id());
        HttpResponse<String> deleted = browser.submit("/survey/documents/" + FILE_ID.value() + "/delete", Map.of());

        assertThat(deleted.uri().getPath()).isEqualTo(PAGE);
        assertThat(deleted.body()).contains("ファイルを削除しました。");
        assertThat(fakes.callsOf(FakeUseCases.DocumentDeleted.class)).singleElement()
                .extracting(FakeUseCases.DocumentDeleted::document).isEqualTo(FILE_ID);
    }

    @Test
    void aSecondPostOfTheSameDeletionGoesBackToTheListAndDeletesNothingElse() {
        fakes.deleteSurveyDocument = new DeleteSurveyDocumentResult.Deleted(WIFE.id());
        String path = "/survey/documents/" + FILE_ID.value() + "/delete";
        browser.open("/survey/dependents/30/documents/" + FILE_ID.value() + "/delete");
        String token = browser.csrfToken().orElseThrow();
        assertThat(browser.post(path, Map.of("_csrf", token), Map.of()).statusCode()).isEqualTo(303);

        fakes.deleteSurveyDocument = new DeleteSurveyDocumentResult.NotFound();
        HttpResponse<String> again = browser.post(path, Map.of("_csrf", token), Map.of());

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(PAGE));
        String other = "/survey/documents/" + "f".repeat(32) + "/delete";
        assertThat(browser.post(other, Map.of("_csrf", token), Map.of()).statusCode())
                .as("a file this session did not just delete").isEqualTo(404);
    }

    @Test
    void anotherMembersFileIsNotFoundOnTheQuestionNorOnThePost() {
        String stranger = "fedcba9876543210fedcba9876543210";
        fakes.deleteSurveyDocument = new DeleteSurveyDocumentResult.NotFound();
        String token = browser.csrfToken().orElseThrow();

        assertThat(browser.fetch("/survey/dependents/30/documents/" + stranger + "/delete").statusCode()).isEqualTo(404);
        assertThat(browser.post("/survey/documents/" + stranger + "/delete",
                Map.of("_csrf", token), Map.of()).statusCode()).isEqualTo(404);
        fakes.surveyDocuments = null; // another member's dependent: not found either
        assertThat(browser.fetch("/survey/dependents/30/documents/" + FILE_ID.value() + "/delete").statusCode()).isEqualTo(404);
    }

    @Test
    void everyDocumentSaysWhereToGetItInBothLanguages() {
        fakes.surveyDocuments = documents(Arrays.stream(DocumentKind.values())
                .map(kind -> new DependentReview.Requirement(kind, 1, List.<SurveyDocument>of())).toList());
        for (String language : List.of("ja", "en")) {
            Messages texts = Messages.forLocale(Locale.forLanguageTag(language));
            browser.submit("/language", Map.of("lang", language, "back", PAGE));

            String page = browser.open(PAGE).body();

            for (DocumentKind kind : DocumentKind.values()) {
                String help = kind == DocumentKind.INCOME_CERTIFICATE
                        ? texts.text("document.help." + kind.name(), "令和7年", "2025", "令和6年", "2024", "令和7年")
                        : texts.text("document.help." + kind.name());
                assertThat(help).as("%s %s", language, kind).doesNotStartWith("document.help").hasSizeGreaterThan(40);
                assertThat(block(page, kind)).as("%s %s", language, kind)
                        .contains("<details class=\"document-help\">", "<summary>" + texts.text("survey.documents.help.summary")
                                + "</summary>", "<p>" + html(help) + "</p>");
            }
        }
    }

    @Test
    void theIncomeCertificateIsNamedByItsYearTheIncomeYearAndTheAddressDay() {
        // the survey asks for 令和7年度's certificate (fiscal 2025): 2024 income, the town of 1 January 2025
        String japanese = block(browser.open(PAGE).body(), DocumentKind.INCOME_CERTIFICATE);
        assertThat(japanese).contains("令和7年度（2025年度）の課税（所得）証明書が必要です。令和6年（2024年）1月〜12月の所得が書かれたもの",
                "発行するのは、令和7年1月1日に被扶養者が住んでいた市区町村", "コンビニ交付");

        browser.submit("/language", Map.of("lang", "en", "back", PAGE));
        String english = block(browser.open(PAGE).body(), DocumentKind.INCOME_CERTIFICATE);
        assertThat(english).contains("for fiscal 2025 (令和7年度) is needed. It shows the income of January to December 2024",
                "where the dependent lived on 1 January 2025", "My Number card");
    }

    @Test
    void theDeclarationToPrintCarriesBothNamesAndIsLinkedFromItsDocument() {
        String list = browser.open(PAGE).body();
        String link = "/survey/dependents/30/declarations/LABOUR_CONTRACT_AND_DECLARATION";
        assertThat(block(list, DocumentKind.LABOUR_CONTRACT_AND_DECLARATION)).contains("href=\"" + link + "\"");
        assertThat(block(list, DocumentKind.INCOME_CERTIFICATE)).doesNotContain("/declarations/");

        String form = browser.open(link).body();

        assertThat(form).contains("<h1>給与収入のみである旨の申立書</h1>", "<dd>健保 花子（妻）</dd>", "<dd>健保 太郎</dd>", "デモ健康保険組合　御中",
                "class=\"write-line\"", "記入日：", "署名", "class=\"signature-line\"");
        // The instructions and the way back are not printed (app.css hides .no-print), the form is.
        assertThat(form).containsPattern("<div class=\"no-print\">\\s*<p>この用紙をブラウザの印刷機能で印刷し");
        assertThat(browser.fetch("/survey/dependents/30/declarations/INCOME_CERTIFICATE").statusCode())
                .as("a document that holds no declaration").isEqualTo(404);
        fakes.surveyDocuments = documents(List.of(new DependentReview.Requirement(DocumentKind.INCOME_CERTIFICATE, 1, List.of())));
        assertThat(browser.fetch(link).statusCode()).as("a dependent whose documents ask for no declaration").isEqualTo(404);
        fakes.surveyDocuments = null;
        assertThat(browser.fetch(link).statusCode()).as("another member's dependent").isEqualTo(404);
    }

    @Test
    void theMembersDeadlineIsOnTheDocumentsPage() {
        assertThat(browser.open(PAGE).body()).contains("<p class=\"deadline\">提出期限：2025年11月30日（日）（日本時間23:59まで）</p>");
    }

    private static SurveyDocuments documents(List<DependentReview.Requirement> requirements) {
        DependentReview review = new DependentReview(WIFE, SurveyResponse.notStarted(DEMO, 2025, WIFE.id()), Optional.empty(),
                List.of(), Optional.empty(), requirements, List.of());
        return new SurveyDocuments(review, true, true, 10_000_000, new PersonName("健保 太郎", "ケンポ タロウ"), "デモ健康保険組合",
                LocalDate.of(2025, 11, 30), new IncomeCertificateYear(2025));
    }

    /** The section of the checklist for one kind of document. */
    static String block(String page, DocumentKind kind) {
        Matcher section = Pattern.compile("<section class=\"panel requirement[^\"]*\" aria-labelledby=\"req-" + kind.name()
                + "\">.*?</section>", Pattern.DOTALL).matcher(page);
        assertThat(section.find()).as("a block for %s", kind).isTrue();
        return section.group();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
