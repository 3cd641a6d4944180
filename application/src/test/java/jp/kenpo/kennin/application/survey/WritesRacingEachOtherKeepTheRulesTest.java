package jp.kenpo.kennin.application.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.fakes.InMemoryDocumentStorage;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleCommand;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleResult;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersCommand;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentCommand;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentResult;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.YenAmount;
import org.junit.jupiter.api.Test;

/**
 * 山田 太郎 has the survey open in two tabs: in one he submits while the other saves a draft, or
 * declares his wife no longer eligible, or uploads the 30th file while a 31st goes up. The fakes
 * let the other tab's request run exactly between a use case's read and its write: the write
 * that comes too late changes nothing and says why.
 */
class WritesRacingEachOtherKeepTheRulesTest {
    private static final ClientAddress CLIENT = ClientAddress.local();
    private final YamadaFamily yamada = new YamadaFamily();
    private final InMemorySystem system = yamada.system;
    private final Account taro = yamada.taro;
    private final Dependent wife = yamada.wife;
    private final Dependent son = yamada.son;

    private static Map<Question, String> sonsAnswers(String living) {
        Map<Question, String> raw = new EnumMap<>(Question.class);
        raw.putAll(Map.of(Question.LIVING, living, Question.SITUATION, "STUDENT", Question.RESIDENCE, "IN_JAPAN",
                Question.EMPLOYMENT_CHANGED, "no", Question.UNEMPLOYMENT_BENEFIT, "NOT_CLAIMING",
                Question.OTHER_HEALTH_INSURANCE, "no", Question.DISABLED, "no", Question.REMITTANCE, "120万"));
        return raw;
    }

    private void readyToSubmit() {
        assertThat(system.saveSurveyAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(taro.id(), son.id(),
                sonsAnswers("APART_FOR_SCHOOL"), CLIENT))).isEqualTo(new SaveSurveyAnswersResult.Saved(Map.of()));
        system.showSurveyDocuments.showSurveyDocuments(taro.id(), son.id(), CLIENT).orElseThrow().review().outstanding()
                .forEach(kind -> upload(kind));
        assertThat(system.declareNoLongerEligible.declareNoLongerEligible(new DeclareNoLongerEligibleCommand(taro.id(),
                wife.id(), "2025/06/01", "EMPLOYED_WITH_OWN_INSURANCE", CLIENT)))
                .isEqualTo(new DeclareNoLongerEligibleResult.Declared());
    }

    private UploadSurveyDocumentResult upload(DocumentKind kind) {
        return system.uploadSurveyDocument.uploadSurveyDocument(new UploadSurveyDocumentCommand(taro.id(), son.id(),
                kind.name(), new ByteArrayInputStream(InMemoryDocumentStorage.pdf()), "proof.pdf", "application/pdf",
                Optional.empty(), CLIENT));
    }

    private SurveyResponse stored(Dependent dependent) {
        return system.surveyResponses.loadResponse(yamada.omron.insurer.code(), 2025, dependent.id()).orElseThrow();
    }

    @Test
    void aDraftSavedInTheOtherTabWhileTheSurveyIsSubmittedIsRefusedAndChangesNothing() {
        readyToSubmit();
        SurveyResponse beforeSubmission = stored(son);
        AtomicReference<SubmitSurveyResult> submitted = new AtomicReference<>();
        system.surveyResponses.beforeNextWrite(() -> submitted.set(system.submitSurvey.submitSurvey(taro.id(), CLIENT)));
        Map<Question, String> changed = sonsAnswers("TOGETHER");
        changed.put(Question.MEMBER_INCOME, "7,000,000");

        SaveSurveyAnswersResult saved = system.saveSurveyAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(taro.id(),
                son.id(), changed, CLIENT));

        assertThat(submitted.get()).isInstanceOf(SubmitSurveyResult.Submitted.class);
        assertThat(saved).isEqualTo(new SaveSurveyAnswersResult.ReadOnly());
        assertThat(stored(son).status()).isEqualTo(SurveyStatus.SUBMITTED);
        assertThat(stored(son).answers()).isEqualTo(beforeSubmission.answers());
        assertThat(system.surveyResponses.memberIncome(yamada.omron.taro.id(), 2025))
                .isNotEqualTo(Optional.of(new YenAmount(7_000_000)));
    }

    @Test
    void aDeclarationMadeInTheOtherTabWhileTheSurveyIsSubmittedIsRefusedAndChangesNothing() {
        readyToSubmit();
        AtomicReference<SubmitSurveyResult> submitted = new AtomicReference<>();
        system.surveyResponses.beforeNextWrite(() -> submitted.set(system.submitSurvey.submitSurvey(taro.id(), CLIENT)));

        DeclareNoLongerEligibleResult declared = system.declareNoLongerEligible.declareNoLongerEligible(
                new DeclareNoLongerEligibleCommand(taro.id(), son.id(), "2025/06/01", "EMPLOYED_WITH_OWN_INSURANCE", CLIENT));

        assertThat(submitted.get()).isInstanceOf(SubmitSurveyResult.Submitted.class);
        assertThat(declared).isEqualTo(new DeclareNoLongerEligibleResult.ReadOnly());
        assertThat(stored(son).status()).isEqualTo(SurveyStatus.SUBMITTED);
        assertThat(stored(son).noLongerEligible()).isEmpty();
    }

    @Test
    void aFileDeletedInTheOtherTabWhileTheSurveyIsSubmittedStaysAsStaffReceivedIt() {
        readyToSubmit();
        SurveyDocument proof = system.surveyDocuments.documentsOf(yamada.omron.insurer.code(), 2025, java.util.List.of(son.id()))
                .get(0);
        AtomicReference<SubmitSurveyResult> submitted = new AtomicReference<>();
        system.surveyDocuments.beforeNextSave(() -> submitted.set(system.submitSurvey.submitSurvey(taro.id(), CLIENT)));

        var deleted = system.deleteSurveyDocument.deleteSurveyDocument(taro.id(), proof.id(), CLIENT);

        assertThat(submitted.get()).isInstanceOf(SubmitSurveyResult.Submitted.class);
        assertThat(deleted).isEqualTo(new DeleteSurveyDocumentUseCase.DeleteSurveyDocumentResult.Locked(son.id()));
        assertThat(system.surveyDocuments.loadDocument(proof.id())).isPresent();
        assertThat(system.storage.has(proof.id())).isTrue();
    }

    @Test
    void aDraftSavedInTheOtherTabAfterTheSubmitWasCheckedButBeforeItWasStoredMakesTheSubmitRefuseInsteadOfHandingOverGaps() {
        readyToSubmit();
        system.surveyResponses.beforeNextWrite(() -> assertThat(system.saveSurveyAnswers.saveSurveyAnswers(
                new SaveSurveyAnswersCommand(taro.id(), son.id(), Map.of(Question.LIVING, "TOGETHER"), CLIENT)))
                .isEqualTo(new SaveSurveyAnswersResult.Saved(Map.of(), List.of(Question.MEMBER_INCOME))));

        SubmitSurveyResult result = system.submitSurvey.submitSurvey(taro.id(), CLIENT);

        assertThat(result).isInstanceOfSatisfying(SubmitSurveyResult.Incomplete.class, incomplete ->
                assertThat(incomplete.notReady()).extracting(r -> r.dependent().id()).containsExactly(son.id()));
        assertThat(system.submissions.all()).isEmpty();
        assertThat(system.mailer.sent()).noneMatch(m -> m.template() == jp.kenpo.kennin.application.mail.MailTemplate.SURVEY_SUBMITTED);
        // The statuses marked before the refusal are rolled back by the real transaction; the inline fake has none.
    }

    @Test
    void ofTwoUploadsRacingForTheLastOfThirtyPlacesOneIsRefusedAndLeavesNoFile() {
        for (int i = 0; i < DocumentRules.MAX_FILES_PER_DEPENDENT - 1; i++) {
            assertThat(upload(DocumentKind.STUDENT_CERTIFICATE)).isInstanceOf(UploadSurveyDocumentResult.Uploaded.class);
        }
        AtomicReference<UploadSurveyDocumentResult> other = new AtomicReference<>();
        system.surveyDocuments.beforeNextSave(() -> other.set(upload(DocumentKind.STUDENT_CERTIFICATE)));

        UploadSurveyDocumentResult last = upload(DocumentKind.STUDENT_CERTIFICATE);

        assertThat(other.get()).isInstanceOf(UploadSurveyDocumentResult.Uploaded.class);
        assertThat(last).isEqualTo(new UploadSurveyDocumentResult.Rejected("document.tooMany"));
        assertThat(system.surveyDocuments.count()).isEqualTo(DocumentRules.MAX_FILES_PER_DEPENDENT);
        assertThat(system.storage.files()).as("the refused file is not kept").isEqualTo(DocumentRules.MAX_FILES_PER_DEPENDENT);
    }
}
