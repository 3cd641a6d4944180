package jp.kenpo.kennin.application.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.fakes.InMemoryDocumentStorage;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleCommand;
import jp.kenpo.kennin.application.survey.DownloadSubmissionReceiptUseCase.DownloadSubmissionReceiptCommand;
import jp.kenpo.kennin.application.survey.DownloadSubmissionReceiptUseCase.ReceiptDownload;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersCommand;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentCommand;
import jp.kenpo.kennin.domain.account.Language;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.survey.Question;
import org.junit.jupiter.api.Test;

/**
 * 山田 太郎 submits for his son and his wife and downloads his copy: it covers both, with the files he
 * had uploaded by then; 佐藤 花子, of the same insurer, gets nothing of his, and nor does he before submitting.
 */
class AMemberKeepsACopyOfTheirOwnSubmissionTest {
    private static final ClientAddress CLIENT = ClientAddress.local();
    private final YamadaFamily yamada = new YamadaFamily();
    private final InMemorySystem system = yamada.system;
    private final Account taro = yamada.taro;
    /** What the use case handed to the renderer; the "PDF" is the receipt number, so the bytes can be checked too. */
    private final List<SubmissionReceipt> rendered = new ArrayList<>();
    private final DownloadSubmissionReceiptService download = new DownloadSubmissionReceiptService(system.surveyPorts,
            this::render, system.audit, system.clock);

    private void render(SubmissionReceipt receipt, OutputStream out) {
        rendered.add(receipt);
        try {
            out.write(receipt.submission().receipt().value().getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void upload(String fileName) {
        system.uploadSurveyDocument.uploadSurveyDocument(new UploadSurveyDocumentCommand(taro.id(), yamada.son.id(),
                DocumentKind.STUDENT_CERTIFICATE.name(), new ByteArrayInputStream(InMemoryDocumentStorage.pdf()), fileName,
                "application/pdf", Optional.empty(), CLIENT));
    }

    private SubmitSurveyResult.Submitted submitEverything() {
        Map<Question, String> raw = new EnumMap<>(Question.class);
        raw.putAll(Map.of(Question.LIVING, "APART_FOR_SCHOOL", Question.SITUATION, "STUDENT", Question.RESIDENCE, "IN_JAPAN",
                Question.EMPLOYMENT_CHANGED, "no", Question.UNEMPLOYMENT_BENEFIT, "NOT_CLAIMING",
                Question.OTHER_HEALTH_INSURANCE, "no", Question.DISABLED, "no", Question.REMITTANCE, "120万"));
        system.saveSurveyAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(taro.id(), yamada.son.id(), raw, CLIENT));
        system.showSurveyDocuments.showSurveyDocuments(taro.id(), yamada.son.id(), CLIENT).orElseThrow().review().outstanding()
                .forEach(kind -> system.uploadSurveyDocument.uploadSurveyDocument(new UploadSurveyDocumentCommand(taro.id(),
                        yamada.son.id(), kind.name(), new ByteArrayInputStream(InMemoryDocumentStorage.pdf()),
                        kind.name() + ".pdf", "application/pdf", Optional.empty(), CLIENT)));
        system.declareNoLongerEligible.declareNoLongerEligible(new DeclareNoLongerEligibleCommand(taro.id(), yamada.wife.id(),
                "2025/06/01", "EMPLOYED_WITH_OWN_INSURANCE", CLIENT));
        return (SubmitSurveyResult.Submitted) system.submitSurvey.submitSurvey(taro.id(), CLIENT);
    }

    @Test
    void theCopyCoversEveryDependentSubmittedWithTheFilesUploadedByThenAndTheDownloadIsAudited() {
        var submitted = submitEverything();
        system.clock.advance(Duration.ofHours(1));
        upload("あとから追加.pdf");

        Optional<ReceiptDownload> copy = download.downloadSubmissionReceipt(new DownloadSubmissionReceiptCommand(taro.id(),
                Language.EN, CLIENT));

        assertThat(copy).get().satisfies(d -> {
            assertThat(d.receipt()).isEqualTo(submitted.submission().receipt());
            assertThat(new String(d.pdf(), StandardCharsets.UTF_8)).isEqualTo(submitted.submission().receipt().value());
        });
        SubmissionReceipt receipt = rendered.get(0);
        assertThat(receipt.submission()).isEqualTo(submitted.submission());
        assertThat(receipt.memberName().written()).isEqualTo("山田 太郎");
        assertThat(receipt.language()).as("written in the language the member reads").isEqualTo(Language.EN);
        assertThat(receipt.surveyTitle()).isEqualTo("令和7年度");
        assertThat(receipt.dependents()).extracting(c -> c.review().dependent().id())
                .containsExactly(yamada.wife.id(), yamada.son.id());
        assertThat(receipt.dependents().get(1).files()).extracting(SurveyDocument::fileName)
                .contains("STUDENT_CERTIFICATE.pdf").doesNotContain("あとから追加.pdf");
        assertThat(system.audit.events()).filteredOn(e -> e.action() == AuditAction.SUBMISSION_RECEIPT_DOWNLOADED)
                .singleElement().satisfies(e -> assertThat(e.detail()).contains(submitted.submission().receipt().value()));
    }

    @Test
    void anotherMemberOfTheSameInsurerGetsNothingAndNeitherDoesAMemberWhoHasNotSubmitted() {
        assertThat(download.downloadSubmissionReceipt(new DownloadSubmissionReceiptCommand(taro.id(), Language.JA, CLIENT)))
                .as("before submitting").isEmpty();
        submitEverything();
        Account hanako = system.register(yamada.omron.hanako(), "hanako.sato", "Kennin2025!");

        assertThat(download.downloadSubmissionReceipt(new DownloadSubmissionReceiptCommand(hanako.id(), Language.JA, CLIENT))).isEmpty();
        assertThat(rendered).isEmpty();
        assertThat(system.audit.events()).noneMatch(e -> e.action() == AuditAction.SUBMISSION_RECEIPT_DOWNLOADED);
    }
}
