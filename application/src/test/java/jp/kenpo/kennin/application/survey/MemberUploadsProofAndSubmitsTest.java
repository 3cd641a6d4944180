package jp.kenpo.kennin.application.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.fakes.InMemoryDocumentStorage;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mail.MailTemplate;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineCommand;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineResult;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseCommand;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseResult;
import jp.kenpo.kennin.application.survey.DeleteSurveyDocumentUseCase.DeleteSurveyDocumentResult;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleCommand;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersCommand;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentCommand;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentResult;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.account.Language;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.ReceiptNumber;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.junit.jupiter.api.Test;

/**
 * 山田 太郎 (omron, 2025 survey closing 2025-08-31) proves his student son's status with files,
 * declares that his wife found a job with her own insurance, and submits; staff send the son's
 * answers back and he submits again. 佐藤 花子 tries his files by id.
 */
class MemberUploadsProofAndSubmitsTest {
    private static final ClientAddress CLIENT = ClientAddress.local();
    private final YamadaFamily yamada = new YamadaFamily();
    private final Omron omron = yamada.omron;
    private final InMemorySystem system = yamada.system;
    private final Account taro = yamada.taro;
    private final Dependent wife = yamada.wife;
    private final Dependent son = yamada.son;

    private void answerForTheStudentSon() {
        Map<Question, String> raw = new EnumMap<>(Question.class);
        raw.putAll(Map.of(Question.LIVING, "APART_FOR_SCHOOL", Question.SITUATION, "STUDENT", Question.RESIDENCE, "IN_JAPAN",
                Question.EMPLOYMENT_CHANGED, "no", Question.UNEMPLOYMENT_BENEFIT, "NOT_CLAIMING",
                Question.OTHER_HEALTH_INSURANCE, "no", Question.DISABLED, "no", Question.REMITTANCE, "120万"));
        assertThat(system.saveSurveyAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(taro.id(), son.id(), raw, CLIENT)))
                .isEqualTo(new SaveSurveyAnswersResult.Saved(Map.of()));
    }

    private void declareTheWifeEmployed() {
        system.declareNoLongerEligible.declareNoLongerEligible(new DeclareNoLongerEligibleCommand(taro.id(), wife.id(),
                "2025/06/01", "EMPLOYED_WITH_OWN_INSURANCE", CLIENT));
    }

    private UploadSurveyDocumentResult upload(Account account, Dependent dependent, DocumentKind kind, byte[] bytes) {
        return system.uploadSurveyDocument.uploadSurveyDocument(new UploadSurveyDocumentCommand(account.id(), dependent.id(),
                kind.name(), new ByteArrayInputStream(bytes), "IMG_0001.jpg", "image/jpeg", Optional.empty(), CLIENT));
    }

    private SurveyDocument uploaded(DocumentKind kind, byte[] bytes) {
        return ((UploadSurveyDocumentResult.Uploaded) upload(taro, son, kind, bytes)).document();
    }

    private DependentReview sonsChecklist() {
        return system.showSurveyDocuments.showSurveyDocuments(taro.id(), son.id(), CLIENT).orElseThrow().review();
    }

    private void proveEverythingForTheSon() {
        sonsChecklist().outstanding().forEach(kind -> uploaded(kind, InMemoryDocumentStorage.pdf()));
    }

    @Test
    void theChecklistFillsUpAsFilesAreUploadedUnderEachRequirement() {
        answerForTheStudentSon();
        assertThat(sonsChecklist().outstanding()).containsExactly(DocumentKind.INCOME_CERTIFICATE,
                DocumentKind.STUDENT_CERTIFICATE, DocumentKind.REMITTANCE_PROOF);

        SurveyDocument card = uploaded(DocumentKind.STUDENT_CERTIFICATE, InMemoryDocumentStorage.jpeg());
        SurveyDocument back = uploaded(DocumentKind.STUDENT_CERTIFICATE, InMemoryDocumentStorage.jpeg());

        DependentReview review = sonsChecklist();
        assertThat(review.outstanding()).containsExactly(DocumentKind.INCOME_CERTIFICATE, DocumentKind.REMITTANCE_PROOF);
        assertThat(review.requirements()).filteredOn(r -> r.kind() == DocumentKind.STUDENT_CERTIFICATE)
                .singleElement().satisfies(r -> assertThat(r.files()).containsExactly(card, back));
        assertThat(card.fileName()).isEqualTo("IMG_0001.jpg");
        assertThat(card.stored().type().mimeType()).isEqualTo("image/jpeg");
        assertThat(system.audit.events()).filteredOn(e -> e.action() == AuditAction.DOCUMENT_UPLOADED).hasSize(2);
    }

    @Test
    void aRefusedFileSaysWhyAndLeavesNothingBehind() {
        assertThat(upload(taro, son, DocumentKind.STUDENT_CERTIFICATE, "MZ\u0090 not a photo".getBytes()))
                .isEqualTo(new UploadSurveyDocumentResult.Rejected("document.unsupportedType"));
        assertThat(upload(taro, son, DocumentKind.STUDENT_CERTIFICATE, new byte[0]))
                .isEqualTo(new UploadSurveyDocumentResult.Rejected("document.empty"));
        assertThat(upload(taro, son, DocumentKind.STUDENT_CERTIFICATE, new byte[(int) system.documentLimits.maxBytes() + 1]))
                .isEqualTo(new UploadSurveyDocumentResult.Rejected("document.tooLarge"));
        assertThat(system.uploadSurveyDocument.uploadSurveyDocument(new UploadSurveyDocumentCommand(taro.id(), son.id(),
                "PASSPORT", new ByteArrayInputStream(InMemoryDocumentStorage.jpeg()), "x.jpg", null, Optional.empty(), CLIENT)))
                .isEqualTo(new UploadSurveyDocumentResult.Rejected("document.kind.invalid"));

        assertThat(system.storage.files()).isZero();
        assertThat(system.surveyDocuments.count()).isZero();
        assertThat(system.audit.events()).filteredOn(e -> e.action() == AuditAction.DOCUMENT_REJECTED).hasSize(3);
    }

    /** A bomb used to end this way: the inspector failed, and the file stayed in staging. */
    @Test
    void aFileWhoseInspectionFailsLeavesNothingBehind() {
        assertThatThrownBy(() -> upload(taro, son, DocumentKind.STUDENT_CERTIFICATE, InMemoryDocumentStorage.failingInspection()))
                .isInstanceOf(IllegalStateException.class);

        assertThat(system.storage.files()).isZero();
        assertThat(system.surveyDocuments.count()).isZero();
    }

    @Test
    void aFileIsShownOnlyToItsOwnerAndEveryViewIsAudited() throws IOException {
        SurveyDocument card = uploaded(DocumentKind.STUDENT_CERTIFICATE, InMemoryDocumentStorage.jpeg());
        Account hanako = system.register(omron.hanako(), "hanako.sato", "Kennin2025!");

        assertThat(system.viewSurveyDocument.viewSurveyDocument(hanako.id(), card.id(), CLIENT)).isEmpty();
        assertThat(system.deleteSurveyDocument.deleteSurveyDocument(hanako.id(), card.id(), CLIENT))
                .isEqualTo(new DeleteSurveyDocumentResult.NotFound());
        assertThat(system.uploadSurveyDocument.uploadSurveyDocument(new UploadSurveyDocumentCommand(hanako.id(), son.id(),
                "STUDENT_CERTIFICATE", new ByteArrayInputStream(InMemoryDocumentStorage.jpeg()), "x.jpg", null,
                Optional.empty(), CLIENT))).isEqualTo(new UploadSurveyDocumentResult.NotFound());
        assertThat(system.storage.has(card.id())).isTrue();

        var download = system.viewSurveyDocument.viewSurveyDocument(taro.id(), card.id(), CLIENT).orElseThrow();
        try (var in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(InMemoryDocumentStorage.jpeg());
        }
        assertThat(system.audit.last().action()).isEqualTo(AuditAction.DOCUMENT_VIEWED);
        assertThat(system.audit.last().detail()).contains(card.id().value());
    }

    @Test
    void aReplacedFileTakesTheOldOnesPlaceAndADeletedOneIsGone() {
        SurveyDocument wrong = uploaded(DocumentKind.STUDENT_CERTIFICATE, InMemoryDocumentStorage.jpeg());
        var replaced = (UploadSurveyDocumentResult.Uploaded) system.uploadSurveyDocument.uploadSurveyDocument(
                new UploadSurveyDocumentCommand(taro.id(), son.id(), "STUDENT_CERTIFICATE",
                        new ByteArrayInputStream(InMemoryDocumentStorage.pdf()), "在学証明書.pdf", "application/pdf",
                        Optional.of(wrong.id()), CLIENT));

        assertThat(sonsChecklist().allDocuments()).containsExactly(replaced.document());
        assertThat(system.storage.has(wrong.id())).isFalse();

        assertThat(system.deleteSurveyDocument.deleteSurveyDocument(taro.id(), replaced.document().id(), CLIENT))
                .isEqualTo(new DeleteSurveyDocumentResult.Deleted(son.id()));
        assertThat(sonsChecklist().allDocuments()).isEmpty();
        assertThat(system.storage.files()).isZero();
    }

    @Test
    void whenTheMailServerRefusesTheConfirmationTheSubmissionStandsAndTheResultSaysTheMailWasNotSent() {
        answerForTheStudentSon();
        proveEverythingForTheSon();
        declareTheWifeEmployed();
        system.mailer.refuseMail(true);

        var submitted = (SubmitSurveyResult.Submitted) system.submitSurvey.submitSurvey(taro.id(), CLIENT);

        assertThat(submitted.confirmationMail()).isEqualTo(SubmitSurveyUseCase.ConfirmationMail.NOT_SENT);
        assertThat(system.submissions.all()).containsExactly(submitted.submission());
        assertThat(system.mailer.sent()).noneMatch(m -> m.template() == MailTemplate.SURVEY_SUBMITTED);
    }

    @Test
    void submittingWithSomethingMissingNamesTheDependentsAndSubmitsNothing() {
        answerForTheStudentSon();

        SubmitSurveyResult result = system.submitSurvey.submitSurvey(taro.id(), CLIENT);

        assertThat(result).isInstanceOfSatisfying(SubmitSurveyResult.Incomplete.class, incomplete ->
                assertThat(incomplete.notReady()).extracting(r -> r.dependent().id()).containsExactly(wife.id(), son.id()));
        assertThat(system.submissions.all()).isEmpty();
        assertThat(system.listSurveyDependents.listSurveyDependents(taro.id()).dependents())
                .extracting(ListSurveyDependentsUseCase.SurveyDependent::status)
                .containsExactly(SurveyStatus.NOT_STARTED, SurveyStatus.IN_PROGRESS);
    }

    @Test
    void submittingGivesAReceiptAndAMailThenTheAnswersAreReadOnlyButFilesCanStillBeAdded() {
        answerForTheStudentSon();
        proveEverythingForTheSon();
        declareTheWifeEmployed();
        SurveyDocument proof = sonsChecklist().allDocuments().get(0);
        assertThat(system.showSurveyConfirmation.showSurveyConfirmation(taro.id(), CLIENT)).get()
                .satisfies(c -> assertThat(c.canSubmit()).isTrue());

        var submitted = (SubmitSurveyResult.Submitted) system.submitSurvey.submitSurvey(taro.id(), CLIENT);

        assertThat(submitted.submission().receipt()).isEqualTo(new ReceiptNumber("2025-0000-0001"));
        assertThat(submitted.submission().dependents()).containsExactly(wife.id(), son.id());
        assertThat(submitted.confirmationMail()).isEqualTo(SubmitSurveyUseCase.ConfirmationMail.SENT);
        Mail mail = system.mailer.last();
        assertThat(mail.template()).isEqualTo(MailTemplate.SURVEY_SUBMITTED);
        assertThat(mail.to().value()).isEqualTo(Omron.TARO_EMAIL);
        assertThat(mail.params()).containsEntry("receipt", "2025-0000-0001").containsEntry("count", "2")
                .containsEntry("submittedAt", "2025年7月10日 10:00");
        assertThat(system.listSurveyDependents.listSurveyDependents(taro.id()).dependents())
                .extracting(ListSurveyDependentsUseCase.SurveyDependent::status)
                .containsOnly(SurveyStatus.SUBMITTED);

        assertThat(system.saveSurveyAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(taro.id(), son.id(),
                Map.of(Question.LIVING, "TOGETHER"), CLIENT))).isEqualTo(new SaveSurveyAnswersResult.ReadOnly());
        assertThat(system.deleteSurveyDocument.deleteSurveyDocument(taro.id(), proof.id(), CLIENT))
                .isEqualTo(new DeleteSurveyDocumentResult.Locked(son.id()));
        assertThat(upload(taro, son, DocumentKind.REMITTANCE_PROOF, InMemoryDocumentStorage.jpeg()))
                .isInstanceOf(UploadSurveyDocumentResult.Uploaded.class);
        assertThat(system.submitSurvey.submitSurvey(taro.id(), CLIENT)).isEqualTo(new SubmitSurveyResult.NothingToSubmit());
        assertThat(system.showSurveyConfirmation.showSurveyConfirmation(taro.id(), CLIENT).orElseThrow().lastSubmission())
                .contains(submitted.submission());
    }

    @Test
    void afterTheDeadlineDaySubmissionIsRefusedUnlessStaffExtendedItForTheMember() {
        answerForTheStudentSon();
        proveEverythingForTheSon();
        declareTheWifeEmployed();
        system.clock.set(Instant.parse("2025-08-31T14:59:59Z")); // 23:59:59 JST on the deadline day
        assertThat(system.showSurveyConfirmation.showSurveyConfirmation(taro.id(), CLIENT).orElseThrow().late()).isFalse();
        system.clock.set(Instant.parse("2025-08-31T15:00:00Z")); // midnight in Tokyo

        assertThat(system.submitSurvey.submitSurvey(taro.id(), CLIENT)).isInstanceOf(SubmitSurveyResult.Late.class);
        assertThat(system.submissions.all()).isEmpty();

        assertThat(extend("2025/08/30")).isEqualTo(new ExtendSurveyDeadlineResult.Invalid("survey.extension.notAfterDeadline"));
        assertThat(extend("来週")).isEqualTo(new ExtendSurveyDeadlineResult.Invalid("survey.extension.dateInvalid"));
        assertThat(extend("２０２５－０９－１０")).isInstanceOf(ExtendSurveyDeadlineResult.Extended.class);

        assertThat(system.submitSurvey.submitSurvey(taro.id(), CLIENT)).isInstanceOf(SubmitSurveyResult.Submitted.class);
        assertThat(system.audit.events()).extracting(e -> e.action())
                .contains(AuditAction.SURVEY_SUBMISSION_REFUSED, AuditAction.SURVEY_DEADLINE_EXTENDED, AuditAction.SURVEY_SUBMITTED);
    }

    private ExtendSurveyDeadlineResult extend(String until) {
        return system.extendSurveyDeadline.extendSurveyDeadline(new ExtendSurveyDeadlineCommand("omron", "１２", "3456", until,
                "staff-suzuki", CLIENT));
    }

    @Test
    void staffSendTheSonsAnswersBackWithAReasonAndHeCorrectsAndSubmitsAgain() {
        answerForTheStudentSon();
        proveEverythingForTheSon();
        declareTheWifeEmployed();
        system.submitSurvey.submitSurvey(taro.id(), CLIENT);

        assertThat(returnSon("")).isEqualTo(new ReturnSurveyResponseResult.Invalid("survey.return.reasonRequired"));
        assertThat(returnSon("在学証明書の有効期限が切れています。最新のものを提出してください。"))
                .isEqualTo(new ReturnSurveyResponseResult.Returned(true));
        assertThat(system.mailer.last().template()).isEqualTo(MailTemplate.SURVEY_RETURNED);
        assertThat(system.mailer.last().language()).as("a member who never chose reads Japanese").isEqualTo(Language.JA);
        assertThat(returnSon("二度目")).isEqualTo(new ReturnSurveyResponseResult.NotSubmitted());

        var form = system.showSurveyForm.showSurveyForm(taro.id(), son.id(), CLIENT).orElseThrow();
        assertThat(form.status()).isEqualTo(SurveyStatus.RETURNED);
        assertThat(form.readOnly()).isFalse();
        assertThat(form.returnReason()).contains("在学証明書の有効期限が切れています。最新のものを提出してください。");
        SurveyDocument old = sonsChecklist().requirements().stream().filter(r -> r.kind() == DocumentKind.STUDENT_CERTIFICATE)
                .findFirst().orElseThrow().files().get(0);
        assertThat(system.deleteSurveyDocument.deleteSurveyDocument(taro.id(), old.id(), CLIENT))
                .isEqualTo(new DeleteSurveyDocumentResult.Deleted(son.id()));
        uploaded(DocumentKind.STUDENT_CERTIFICATE, InMemoryDocumentStorage.pdf());

        var again = (SubmitSurveyResult.Submitted) system.submitSurvey.submitSurvey(taro.id(), CLIENT);

        assertThat(again.submission().dependents()).containsExactly(son.id());
        assertThat(again.submission().receipt()).isEqualTo(new ReceiptNumber("2025-0000-0002"));
        assertThat(system.showSurveyForm.showSurveyForm(taro.id(), son.id(), CLIENT).orElseThrow().returnReason()).isEmpty();
    }

    @Test
    void aMemberWhoReadsTheSiteInEnglishIsToldOfAReturnInEnglish() {
        new jp.kenpo.kennin.application.account.ChooseLanguageService(system.accounts).chooseLanguage(
                new jp.kenpo.kennin.application.account.ChooseLanguageUseCase.ChooseLanguageCommand(taro.id(), Language.EN));
        answerForTheStudentSon();
        proveEverythingForTheSon();
        declareTheWifeEmployed();
        system.submitSurvey.submitSurvey(taro.id(), CLIENT);

        assertThat(returnSon("在学証明書の有効期限が切れています。")).isEqualTo(new ReturnSurveyResponseResult.Returned(true));

        assertThat(system.mailer.last().template()).isEqualTo(MailTemplate.SURVEY_RETURNED);
        assertThat(system.mailer.last().language()).isEqualTo(Language.EN);
    }

    private ReturnSurveyResponseResult returnSon(String reason) {
        return system.returnSurveyResponse.returnSurveyResponse(new ReturnSurveyResponseCommand("omron", "12", "3456", "2",
                reason, "staff-suzuki", CLIENT));
    }
}
