package jp.kenpo.kennin.adapters.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.survey.DependentReview;
import jp.kenpo.kennin.application.survey.SubmissionReceipt;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.survey.LossReason;
import jp.kenpo.kennin.domain.survey.NoLongerEligible;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.ReceiptNumber;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveySubmission;
import jp.kenpo.kennin.domain.survey.YenAmount;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import jp.kenpo.kennin.domain.account.Language;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The member's PDF copy of a submission: what they handed in, in a font every machine shows, page after page. */
class AMembersCopyOfTheSubmissionReadsBackWithItsAnswersAndFilesTest {
    private static final InsurerCode DEMO = InsurerCode.parse("demo");
    private static final MemberId MEMBER = new MemberId(7);
    private static final Instant SUBMITTED = Instant.parse("2025-08-29T01:05:00Z");
    private static final Dependent MOTHER = new Dependent(new DependentId(30), MEMBER, DependentNumber.parse("1"),
            new PersonName("健保 トメ", "ケンポ トメ"), LocalDate.of(1950, 5, 5), StatedRelationship.parse("母"), Sex.FEMALE,
            Cohabitation.APART, Optional.empty());
    private static final Dependent WIFE = new Dependent(new DependentId(31), MEMBER, DependentNumber.parse("2"),
            new PersonName("健保 花子", "ケンポ ハナコ"), LocalDate.of(1982, 6, 15), StatedRelationship.parse("妻"), Sex.FEMALE,
            Cohabitation.TOGETHER, Optional.empty());

    private final SubmissionReceiptPdf writer = new SubmissionReceiptPdf();

    private static SurveyDocument file(Dependent whose, DocumentKind kind, String name, int n) {
        return new SurveyDocument(new StoredDocument(new StoredDocument.Id(String.format("%032x", n)), DocumentType.PDF, 2_048,
                "ab".repeat(32)), DEMO, 2025, whose.id(), kind, name, SUBMITTED.minusSeconds(3_600));
    }

    private static SubmissionReceipt receipt(String supportReason, int extraFiles) {
        return receipt(supportReason, extraFiles, Language.JA);
    }

    private static SubmissionReceipt receipt(String supportReason, int extraFiles, Language language) {
        Map<Question, String> raw = new EnumMap<>(Question.class);
        raw.put(Question.LIVING, "APART_SEPARATE_HOUSEHOLD");
        raw.put(Question.RESIDENCE, "IN_JAPAN");
        raw.put(Question.SITUATION, "PENSIONER");
        raw.put(Question.PENSION, "800000");
        raw.put(Question.REMITTANCE, "1200000");
        raw.put(Question.PARENT_SUPPORT_REASON, supportReason);
        SurveyResponse answered = SurveyResponse.notStarted(DEMO, 2025, MOTHER.id())
                .withAnswers(SurveyAnswers.read(raw).answers()).submitted();
        List<SurveyDocument> files = new ArrayList<>(List.of(file(MOTHER, DocumentKind.PENSION_NOTICE, "年金振込通知書_2025.pdf", 1),
                file(MOTHER, DocumentKind.REMITTANCE_PROOF, "送金記録.pdf", 2)));
        for (int i = 0; i < extraFiles; i++) {
            files.add(file(MOTHER, DocumentKind.REMITTANCE_PROOF, "送金記録_" + (i + 1) + "月.pdf", 10 + i));
        }
        DependentReview mother = new DependentReview(MOTHER, answered, Optional.of(new YenAmount(6_000_000)), List.of(),
                Optional.empty(), List.of(new DependentReview.Requirement(DocumentKind.PENSION_NOTICE, 1, files.subList(0, 1))),
                files.subList(1, files.size()));
        SurveyResponse declared = SurveyResponse.notStarted(DEMO, 2025, WIFE.id())
                .declaring(new NoLongerEligible(LocalDate.of(2025, 7, 1), LossReason.EMPLOYED_WITH_OWN_INSURANCE)).submitted();
        DependentReview wife = new DependentReview(WIFE, declared, Optional.of(new YenAmount(6_000_000)), List.of(),
                Optional.empty(), List.of(), List.of());
        SurveySubmission submission = new SurveySubmission(new ReceiptNumber("2025-7KQ3-M9XD"), DEMO, 2025, MEMBER, SUBMITTED,
                List.of(MOTHER.id(), WIFE.id()));
        return new SubmissionReceipt(submission, "デモ健康保険組合", "2025年度 被扶養者資格確認調査",
                new PersonName("健保 太郎", "ケンポ タロウ"), new SurveyDeadline(LocalDate.of(2025, 9, 9)), List.of(
                new SubmissionReceipt.Covered(mother, files), new SubmissionReceipt.Covered(wife, List.of())), language);
    }

    private byte[] write(SubmissionReceipt receipt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(receipt, out);
        return out.toByteArray();
    }

    @Test
    void theCopyNamesTheReceiptTheMemberEachDependentTheirAnswersFilesAndWhatHappensNext() throws IOException {
        byte[] pdf = write(receipt("年金だけでは生活費が足りないため", 0));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("提出内容の控え", "受付番号：2025-7KQ3-M9XD", "受付日時：2025年8月29日 10:05",
                    "被保険者：健保 太郎", "健康保険組合：デモ健康保険組合", "回答期限：2025年9月9日");
            assertThat(text).contains("健保 トメ（母）", "被保険者との同居・別居：別居（別世帯で生活）", "現在の状況：年金を受給している",
                    "1,200,000円", "年金だけでは生活費が足りないため",
                    "年金振込通知書_2025.pdf", "送金記録.pdf");
            assertThat(text).contains("健保 花子（妻）", "資格喪失の申し出：2025年7月1日から", "提出書類はありません。");
            assertThat(text).contains("今後の流れ", "健康保険組合が提出内容と書類を確認します", "回答期限（2025年9月9日）までに",
                    "結果をメールでお知らせします");
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("1 / 1");
        }
    }

    @Test
    void aMemberWhoReadsTheSiteInEnglishGetsTheCopyInEnglishWithEnglishDatesAmountsRelationshipsAndDocumentNames()
            throws IOException {
        byte[] pdf = write(receipt("年金だけでは生活費が足りないため", 0, Language.EN));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Copy of your submission", "Receipt number: 2025-7KQ3-M9XD",
                    "Received: 29 August 2025, 10:05 JST", "Insured member: 健保 太郎", "Deadline: 9 September 2025");
            assertThat(text).contains("健保 トメ (parent)", "Apart (living in a separate household)", "Receiving a pension",
                    "1,200,000 yen", "年金だけでは生活費が足りないため", "Pension payment or revision notice (one per pension): 年金振込通知書_2025.pdf");
            assertThat(text).contains("健保 花子 (spouse)", "No longer eligible: from 1 July 2025", "No documents were handed in.",
                    "What happens next", "Please respond by your deadline (9 September 2025)");
            assertThat(text).as("no Japanese wording left in an English copy, beyond names, the society and what the member typed")
                    .doesNotContain("受付番号", "円", "回答期限", "別居", "（母）", "年金額改定通知書", "仕送りの証明");
        }
    }

    @Test
    void aResponseSentBackSinceTheSubmissionIsNotPrintedWithAnswersThatMayHaveChanged() throws IOException {
        SubmissionReceipt original = receipt("年金だけでは生活費が足りないため", 0);
        SubmissionReceipt.Covered mother = original.dependents().get(0);
        DependentReview review = mother.review();
        DependentReview returned = new DependentReview(review.dependent(), review.response().returnedBecause("送金記録が読めません"),
                review.memberIncome(), review.missing(), review.judgement(), review.requirements(), review.otherDocuments());
        SubmissionReceipt receipt = new SubmissionReceipt(original.submission(), original.insurerName(), original.surveyTitle(),
                original.memberName(), original.deadline(), List.of(new SubmissionReceipt.Covered(returned, mother.files()),
                original.dependents().get(1)), Language.JA);

        try (PDDocument document = Loader.loadPDF(write(receipt))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\R", "");
            assertThat(text).contains("健保 トメ（母）", "この方の回答は、この提出のあとで差し戻されました", "新しい控えを取得できます",
                    "年金振込通知書_2025.pdf").doesNotContain("現在の状況", "1,200,000円");
            assertThat(text).as("the other dependent, not sent back, keeps its answers").contains("資格喪失の申し出：2025年7月1日から");
        }
    }

    @Test
    void everyTextOfTheJapaneseCopyHasItsEnglish() throws IOException {
        java.util.Properties ja = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        try (var j = getClass().getResourceAsStream("/i18n/receipt.properties");
             var e = getClass().getResourceAsStream("/i18n/receipt_en.properties")) {
            ja.load(new java.io.InputStreamReader(j, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(e, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(en.stringPropertyNames()).as("keys the English copy would print in Japanese")
                .containsAll(ja.stringPropertyNames());
        for (jp.kenpo.kennin.domain.eligibility.Relationship kind : jp.kenpo.kennin.domain.eligibility.Relationship.values()) {
            assertThat(en).containsKey("receipt.relationship." + kind.name());
        }
    }

    @Test
    void theJapaneseFontIsEmbeddedAsASubsetSoAFreshMachineShowsTheText() throws IOException {
        byte[] pdf = write(receipt("年金だけでは生活費が足りないため", 0));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).as("a subset is tagged ABCDEF+").matches("[A-Z]{6}\\+.*");
            });
        }
        assertThat(pdf.length).as("a subset, not the whole 4 MB font").isLessThan(200_000);
    }

    @Test
    void aLongReasonWrapsAndManyFilesRunOntoFurtherPagesWithTheReceiptNumberOnEach() throws IOException {
        String reason = "母は一人暮らしで、".repeat(40);
        byte[] pdf = write(receipt(reason, 60));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
            assertThat(text).contains(reason.substring(0, 200), "送金記録_60月.pdf", "健保 花子（妻）", "今後の流れ");
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(document.getNumberOfPages());
            last.setEndPage(document.getNumberOfPages());
            assertThat(last.getText(document)).contains("（続き）", "2025-7KQ3-M9XD",
                    document.getNumberOfPages() + " / " + document.getNumberOfPages());
        }
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAPlaceholderInsteadOfFailingTheCopy() throws IOException {
        byte[] pdf = write(receipt("絵文字つき😀の理由", 0));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("絵文字つき〓の理由");
        }
    }
}
