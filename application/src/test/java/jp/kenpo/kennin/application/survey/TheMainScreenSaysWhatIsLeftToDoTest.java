package jp.kenpo.kennin.application.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependent;
import jp.kenpo.kennin.domain.survey.TaskStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.fakes.InMemoryDocumentStorage;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleCommand;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.NoneInScope;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependents;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersCommand;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentCommand;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyScope;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.junit.jupiter.api.Test;

/**
 * What the main screen learns about 山田 太郎's survey (wife born 1982, son 2005; 基準日 2025-10-01):
 * under a scope that leaves his family out, that nobody is asked about and why; with nobody on
 * record, that too; and once everything is submitted, the receipt and that nothing waits for him.
 */
class TheMainScreenSaysWhatIsLeftToDoTest {
    private static final ClientAddress CLIENT = ClientAddress.local();

    @Test
    void underASurveyOfThoseAged75OrMoreNobodyIsListedAndTheAgeIsTheReason() {
        YamadaFamily yamada = new YamadaFamily(SurveyScope.agedAtLeast(75));

        SurveyDependents listed = yamada.system.listSurveyDependents.listSurveyDependents(yamada.taro.id());

        assertThat(listed.dependents()).isEmpty();
        assertThat(listed.whyNone()).contains(new NoneInScope.BelowAge(75, LocalDate.of(2025, 10, 1)));
        assertThat(listed.awaitsTheMember()).isFalse();
        assertThat(listed.lastSubmission()).isEmpty();
    }

    @Test
    void underAListOfOtherPeopleNobodyIsListedBecauseTheInsurerChose() {
        YamadaFamily yamada = new YamadaFamily(SurveyScope.listed(Set.of(new DependentId(999_999))));

        assertThat(yamada.system.listSurveyDependents.listSurveyDependents(yamada.taro.id()).whyNone())
                .contains(new NoneInScope.NotSelected());
    }

    @Test
    void aMemberWithoutDependentsOnRecordIsToldSo() {
        YamadaFamily yamada = new YamadaFamily();
        Account hanako = yamada.system.register(yamada.omron.hanako(), "hanako.sato", "Kennin2025!");

        assertThat(yamada.system.listSurveyDependents.listSurveyDependents(hanako.id()).whyNone())
                .contains(new NoneInScope.NoDependents());
    }

    @Test
    void eachDependentSaysTrulyWhatIsLeftAnswersThenDocumentsThenReady() {
        YamadaFamily yamada = new YamadaFamily();
        var system = yamada.system;
        SurveyDependents before = system.listSurveyDependents.listSurveyDependents(yamada.taro.id());
        assertThat(before.dependents()).extracting(SurveyDependent::task).containsOnly(TaskStatus.NOT_STARTED);
        assertThat(before.done()).isZero();
        assertThat(before.next().map(d -> d.dependent().id())).contains(before.dependents().get(0).dependent().id());

        Map<Question, String> raw = new EnumMap<>(Question.class);
        raw.put(Question.LIVING, "APART_FOR_SCHOOL");
        system.saveSurveyAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(yamada.taro.id(), yamada.son.id(), raw, CLIENT));
        assertThat(taskOf(yamada, yamada.son.id())).isEqualTo(TaskStatus.IN_PROGRESS);

        raw.putAll(Map.of(Question.SITUATION, "STUDENT", Question.RESIDENCE, "IN_JAPAN",
                Question.EMPLOYMENT_CHANGED, "no", Question.UNEMPLOYMENT_BENEFIT, "NOT_CLAIMING",
                Question.OTHER_HEALTH_INSURANCE, "no", Question.DISABLED, "no", Question.REMITTANCE, "120万"));
        system.saveSurveyAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(yamada.taro.id(), yamada.son.id(), raw, CLIENT));
        assertThat(taskOf(yamada, yamada.son.id())).isEqualTo(TaskStatus.DOCUMENTS_MISSING);

        system.showSurveyDocuments.showSurveyDocuments(yamada.taro.id(), yamada.son.id(), CLIENT).orElseThrow().review()
                .outstanding().forEach(kind -> system.uploadSurveyDocument.uploadSurveyDocument(new UploadSurveyDocumentCommand(
                        yamada.taro.id(), yamada.son.id(), kind.name(), new java.io.ByteArrayInputStream(InMemoryDocumentStorage.pdf()),
                        "proof.pdf", "application/pdf", Optional.empty(), CLIENT)));
        assertThat(taskOf(yamada, yamada.son.id())).isEqualTo(TaskStatus.READY);

        SurveyDependents after = system.listSurveyDependents.listSurveyDependents(yamada.taro.id());
        assertThat(after.done()).isEqualTo(1);
        assertThat(after.next().map(d -> d.dependent().id())).contains(yamada.wife.id());
        assertThat(after.awaitsTheMember()).isTrue();
    }

    private static TaskStatus taskOf(YamadaFamily yamada, DependentId dependent) {
        return yamada.system.listSurveyDependents.listSurveyDependents(yamada.taro.id()).dependents().stream()
                .filter(d -> d.dependent().id().equals(dependent)).findFirst().orElseThrow().task();
    }

    @Test
    void afterSubmissionTheReceiptIsKnownAndNothingAwaitsTheMember() {
        YamadaFamily yamada = new YamadaFamily();
        var system = yamada.system;
        Map<Question, String> raw = new EnumMap<>(Question.class);
        raw.putAll(Map.of(Question.LIVING, "APART_FOR_SCHOOL", Question.SITUATION, "STUDENT", Question.RESIDENCE, "IN_JAPAN",
                Question.EMPLOYMENT_CHANGED, "no", Question.UNEMPLOYMENT_BENEFIT, "NOT_CLAIMING",
                Question.OTHER_HEALTH_INSURANCE, "no", Question.DISABLED, "no", Question.REMITTANCE, "120万"));
        system.saveSurveyAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(yamada.taro.id(), yamada.son.id(), raw, CLIENT));
        system.showSurveyDocuments.showSurveyDocuments(yamada.taro.id(), yamada.son.id(), CLIENT).orElseThrow().review()
                .outstanding().forEach(kind -> system.uploadSurveyDocument.uploadSurveyDocument(new UploadSurveyDocumentCommand(
                        yamada.taro.id(), yamada.son.id(), kind.name(), new java.io.ByteArrayInputStream(InMemoryDocumentStorage.pdf()),
                        "proof.pdf", "application/pdf", Optional.empty(), CLIENT)));
        system.declareNoLongerEligible.declareNoLongerEligible(new DeclareNoLongerEligibleCommand(yamada.taro.id(),
                yamada.wife.id(), "2025/06/01", "EMPLOYED_WITH_OWN_INSURANCE", CLIENT));
        assertThat(system.listSurveyDependents.listSurveyDependents(yamada.taro.id()).awaitsTheMember()).isTrue();

        var submitted = (SubmitSurveyResult.Submitted) system.submitSurvey.submitSurvey(yamada.taro.id(), CLIENT);

        SurveyDependents listed = system.listSurveyDependents.listSurveyDependents(yamada.taro.id());
        assertThat(listed.overall()).isEqualTo(SurveyStatus.SUBMITTED);
        assertThat(listed.dependents()).extracting(SurveyDependent::task).containsOnly(TaskStatus.SUBMITTED);
        assertThat(listed.done()).isEqualTo(2);
        assertThat(listed.next()).isEmpty();
        assertThat(listed.awaitsTheMember()).isFalse();
        assertThat(listed.lastSubmission()).contains(submitted.submission());
        assertThat(listed.whyNone()).isEmpty();
    }
}
