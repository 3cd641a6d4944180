package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.survey.DependentReview;
import jp.kenpo.kennin.application.survey.DownloadSubmissionReceiptUseCase.DownloadSubmissionReceiptCommand;
import jp.kenpo.kennin.application.survey.DownloadSubmissionReceiptUseCase.ReceiptDownload;
import jp.kenpo.kennin.application.survey.ShowSurveyConfirmationUseCase.SurveyConfirmation;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.survey.ReceiptNumber;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveySubmission;
import org.junit.jupiter.api.Test;

/**
 * The receipt (/survey/submitted) is the member's copy: it names each dependent covered, says what happens
 * next and by when, tells how to print it, and offers the PDF at /survey/receipt.pdf, which is theirs alone.
 */
class TheReceiptNamesTheDependentsAndWhatHappensNextTest extends WebAppFixture {
    private static final InsurerCode DEMO = InsurerCode.parse("demo");
    private static final ReceiptNumber RECEIPT = new ReceiptNumber("2025-7KQ3-M9XD");
    private static final Dependent WIFE = new Dependent(new DependentId(30), FakeUseCases.MEMBER, DependentNumber.parse("1"),
            new PersonName("健保 花子", "ケンポ ハナコ"), LocalDate.of(1982, 6, 15), StatedRelationship.parse("妻"), Sex.FEMALE,
            Cohabitation.TOGETHER, Optional.empty());
    private static final Dependent SON = new Dependent(new DependentId(31), FakeUseCases.MEMBER, DependentNumber.parse("2"),
            new PersonName("健保 一郎", "ケンポ イチロウ"), LocalDate.of(2005, 6, 1), StatedRelationship.parse("長男"), Sex.MALE,
            Cohabitation.APART, Optional.empty());
    /** In scope but not in the submission (answered later, say): not on this receipt. */
    private static final Dependent MOTHER = new Dependent(new DependentId(32), FakeUseCases.MEMBER, DependentNumber.parse("3"),
            new PersonName("健保 トメ", "ケンポ トメ"), LocalDate.of(1950, 5, 5), StatedRelationship.parse("母"), Sex.FEMALE,
            Cohabitation.APART, Optional.empty());

    private static DependentReview review(Dependent d) {
        return new DependentReview(d, SurveyResponse.notStarted(DEMO, 2025, d.id()).submitted(), Optional.empty(), List.of(),
                Optional.empty(), List.of(), List.of());
    }

    private void submitted() {
        SurveySubmission submission = new SurveySubmission(RECEIPT, DEMO, 2025, FakeUseCases.MEMBER,
                Instant.parse("2025-08-29T01:05:00Z"), List.of(WIFE.id(), SON.id()));
        fakes.surveyConfirmation = new SurveyConfirmation("2025年度 被扶養者資格確認調査",
                List.of(review(WIFE), review(SON), review(MOTHER)), new SurveyDeadline(LocalDate.of(2025, 9, 9)), false,
                Optional.of(submission));
    }

    @Test
    void theReceiptNamesEachDependentCoveredAndWhatHappensNextByTheDeadline() {
        submitted();
        logIn();

        String page = browser.open("/survey/submitted").body();

        assertThat(page).contains("<strong id=\"receipt\">2025-7KQ3-M9XD</strong>", "受付日時：2025年8月29日（金） 10:05",
                "対象の被扶養者：2人", "<li>健保 花子（妻）</li>", "<li>健保 一郎（長男）</li>")
                .doesNotContain("健保 トメ");
        assertThat(page).contains("今後の流れ", "健康保険組合が、提出内容と書類を確認します",
                "メールでお知らせし、メイン画面にも表示します。回答期限の2025年9月9日（火）までに対応してください。",
                "結果をメールでお知らせします");
        assertThat(page).contains("ブラウザの印刷機能で、この画面を印刷できます。",
                "<a id=\"receipt-pdf\" href=\"/survey/receipt.pdf\" download>提出内容の控え（PDF）をダウンロードする</a>");
        assertThat(page).as("the tab before the print dialog: no script, which the CSP would refuse anyway")
                .doesNotContain("<script", "onclick");
    }

    @Test
    void theStylesheetPrintsTheReceiptWithoutLinksOrButtons() {
        String css = browser.open("/assets/app.css").body();

        assertThat(css).contains("@media print");
        assertThat(css.substring(css.lastIndexOf("@media print"))).contains(".links", ".no-print", "button", "display: none");
    }

    @Test
    void thePdfIsSavedUnderTheReceiptNumberAndIsTheMembersOwn() {
        byte[] pdf = "%PDF-1.7 copy".getBytes(StandardCharsets.US_ASCII);
        fakes.receiptDownload = Optional.of(new ReceiptDownload(RECEIPT, pdf));
        logIn();

        HttpResponse<byte[]> copy = browser.download("/survey/receipt.pdf");

        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(copy.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(copy.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment;").contains("receipt-2025-7KQ3-M9XD.pdf"));
        assertThat(copy.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(copy.body()).isEqualTo(pdf);
        assertThat(fakes.callsOf(DownloadSubmissionReceiptCommand.class)).singleElement()
                .satisfies(c -> {
                    assertThat(c.account()).isEqualTo(FakeUseCases.ACCOUNT);
                    assertThat(c.language()).isEqualTo(jp.kenpo.kennin.domain.account.Language.JA);
                });
    }

    @Test
    void aMemberReadingTheSiteInEnglishAsksForTheCopyInEnglish() {
        fakes.receiptDownload = Optional.of(new ReceiptDownload(RECEIPT, new byte[] {1}));
        logIn();
        browser.submit("/language", Map.of("lang", "en", "back", "/survey/submitted"));

        assertThat(browser.download("/survey/receipt.pdf").statusCode()).isEqualTo(200);
        assertThat(fakes.callsOf(DownloadSubmissionReceiptCommand.class)).singleElement()
                .satisfies(c -> assertThat(c.language()).isEqualTo(jp.kenpo.kennin.domain.account.Language.EN));
    }

    @Test
    void withoutASubmissionOfTheirOwnThePdfIsNotFound() {
        logIn();

        assertThat(browser.download("/survey/receipt.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void beforeAnySubmissionTheReceiptPageLeadsToTheConfirmationPage() {
        fakes.surveyConfirmation = new SurveyConfirmation("2025年度 被扶養者資格確認調査", List.of(review(WIFE)),
                new SurveyDeadline(LocalDate.of(2025, 9, 9)), false, Optional.empty());
        logIn();

        assertThat(browser.open("/survey/submitted").uri().getPath()).isEqualTo("/survey/confirm");
    }

    @Test
    void signedOutThePdfAsksForALoginAndGivesNothing() {
        fakes.receiptDownload = Optional.of(new ReceiptDownload(RECEIPT, new byte[] {1}));

        HttpResponse<byte[]> copy = browser.download("/survey/receipt.pdf");

        assertThat(copy.statusCode()).isNotEqualTo(200);
        assertThat(fakes.callsOf(DownloadSubmissionReceiptCommand.class)).isEmpty();
    }
}
