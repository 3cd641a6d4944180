package jp.kenpo.kennin.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.domain.eligibility.IncomeCertificateYear;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.survey.DependentReview;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependent;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependents;
import jp.kenpo.kennin.application.survey.ShowSurveyDocumentsUseCase.SurveyDocuments;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.review.DocumentRejectionReason;
import jp.kenpo.kennin.domain.review.ExtraDocumentRequest;
import jp.kenpo.kennin.domain.review.FileRejection;
import jp.kenpo.kennin.domain.review.FourEyesRule;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.junit.jupiter.api.Test;

/**
 * What staff's review shows on the member's pages: the result per dependent on the main screen
 * (継続, or 削除 with the loss date and reason), a refused file with why, and an extra document
 * asked for as a line of the checklist.
 */
class MemberSeesTheReviewsOutcomeTest extends WebAppFixture {
    private static final InsurerCode DEMO = InsurerCode.parse("demo");
    private static final Instant AT = Instant.parse("2025-09-10T01:00:00Z");
    private static final Dependent WIFE = new Dependent(new DependentId(30), FakeUseCases.MEMBER, DependentNumber.parse("1"),
            new PersonName("健保 花子", "ケンポ ハナコ"), LocalDate.of(1982, 6, 15), StatedRelationship.parse("妻"), Sex.FEMALE,
            Cohabitation.TOGETHER, Optional.empty());
    private static final Dependent SON = new Dependent(new DependentId(31), FakeUseCases.MEMBER, DependentNumber.parse("2"),
            new PersonName("健保 一郎", "ケンポ イチロウ"), LocalDate.of(2005, 6, 1), StatedRelationship.parse("長男"), Sex.MALE,
            Cohabitation.APART, Optional.empty());

    @Test
    void theMainScreenShowsEachDependentsFinalResultWithTheLossDateAndReason() {
        ReviewDecision continued = ReviewDecision.continuing(DEMO, 2025, SON.id(), new StaffId(1), AT, FourEyesRule.NONE);
        ReviewDecision removed = ReviewDecision.removing(DEMO, 2025, WIFE.id(), LocalDate.of(2025, 6, 1),
                RemovalReason.EMPLOYED, new StaffId(1), AT, FourEyesRule.NONE);
        fakes.surveyDependents = new SurveyDependents(List.of(
                new SurveyDependent(WIFE, SurveyStatus.REMOVED, Optional.of(removed)),
                new SurveyDependent(SON, SurveyStatus.CONFIRMED, Optional.of(continued))), Optional.empty(), Optional.empty());
        logIn();

        String page = browser.open("/home").body();

        assertThat(page).contains("健保 花子（妻）",
                "確認の結果：削除（資格喪失日 2025年6月1日", "理由 就職）",
                "健保 一郎（長男）", "確認の結果：継続（引き続き被扶養者です）", ">確認完了</strong>", ">削除決定</strong>")
                .doesNotContain("href=\"/survey/confirm\" class", "回答期限まであと");
    }

    @Test
    void aSubmittedDependentWithoutAFinalResultShowsNone() {
        fakes.surveyDependents = new SurveyDependents(List.of(new SurveyDependent(WIFE, SurveyStatus.SUBMITTED)),
                Optional.empty(), Optional.empty());
        logIn();

        assertThat(browser.open("/home").body()).contains(">提出済</strong>").doesNotContain("確認の結果");
    }

    @Test
    void theDocumentsPageSaysWhichFileWasRefusedAndWhyAndListsTheExtraDocumentAskedFor() {
        SurveyDocument refused = new SurveyDocument(new StoredDocument(new StoredDocument.Id("0123456789abcdef0123456789abcdef"),
                DocumentType.JPEG, 2_048, "ab".repeat(32)), DEMO, 2025, SON.id(), DocumentKind.STUDENT_CERTIFICATE,
                "学生証_表.jpg", AT.minusSeconds(86_400), Optional.of(new FileRejection(
                DocumentRejectionReason.SHOWS_MY_NUMBER, new StaffId(1), AT)));
        ExtraDocumentRequest extra = new ExtraDocumentRequest(DEMO, 2025, SON.id(), DocumentKind.REMITTANCE_PROOF,
                "直近3か月分の送金記録をお願いします。", new StaffId(1), AT);
        DependentReview review = new DependentReview(SON, SurveyResponse.notStarted(DEMO, 2025, SON.id()), Optional.empty(),
                List.of(), Optional.empty(), List.of(
                new DependentReview.Requirement(DocumentKind.STUDENT_CERTIFICATE, 1, List.of(refused)),
                new DependentReview.Requirement(DocumentKind.REMITTANCE_PROOF, 1, List.of(), Optional.of(extra))), List.of());
        fakes.surveyDocuments = new SurveyDocuments(review, true, true, 10_000_000, new PersonName("健保 太郎", "ケンポ タロウ"), "デモ健康保険組合", LocalDate.of(2025, 11, 30), new IncomeCertificateYear(2025));
        logIn();

        String page = browser.open("/survey/dependents/31/documents").body();

        assertThat(page).contains("学生証_表.jpg", "このファイルは受け付けられませんでした（マイナンバーが写っている）。",
                "削除して、あらためてアップロードしてください。", "file file-rejected");
        assertThat(page).contains("健康保険組合から追加の提出をお願いしています", "直近3か月分の送金記録をお願いします。");
        assertThat(review.outstanding()).containsExactly(DocumentKind.STUDENT_CERTIFICATE, DocumentKind.REMITTANCE_PROOF);
    }

    // --- objectstore ---
    /** The son's documents page with one file, for the purged-document test. */
    static SurveyDocuments sonsDocuments(SurveyDocument file) {
        DependentReview review = new DependentReview(SON, SurveyResponse.notStarted(DEMO, 2025, SON.id()), Optional.empty(),
                List.of(), Optional.empty(), List.of(
                new DependentReview.Requirement(DocumentKind.STUDENT_CERTIFICATE, 1, List.of(file))), List.of());
        return new SurveyDocuments(review, true, true, 10_000_000, new PersonName("健保 太郎", "ケンポ タロウ"), "デモ健康保険組合", LocalDate.of(2025, 11, 30), new IncomeCertificateYear(2025));
    }
}
