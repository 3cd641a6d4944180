package jp.kenpo.kennin.application.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersCommand;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.eligibility.Living;
import jp.kenpo.kennin.domain.eligibility.UnemploymentBenefit;
import jp.kenpo.kennin.domain.survey.DependentSituation;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyStep;
import jp.kenpo.kennin.domain.survey.YenAmount;
import org.junit.jupiter.api.Test;

/**
 * 山田 太郎 answers his son's survey one step at a time (issue 13), sometimes in two tabs at once.
 * Each step's save keeps the other steps' answers, and says which questions an answer made needed.
 */
class SavingOneStepKeepsTheOtherStepsAnswersTest {
    private static final ClientAddress CLIENT = ClientAddress.local();
    private final YamadaFamily yamada = new YamadaFamily();
    private final InMemorySystem system = yamada.system;
    private final Account taro = yamada.taro;
    private final Dependent son = yamada.son;

    private SaveSurveyAnswersResult save(SurveyStep step, Map<Question, String> answers) {
        return system.saveSurveyAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(taro.id(), son.id(), answers, CLIENT,
                Optional.of(step)));
    }

    private SurveyAnswers stored() {
        return system.surveyResponses.loadResponse(yamada.omron.insurer.code(), 2025, son.id()).orElseThrow().answers();
    }

    @Test
    void savingAStepAgainKeepsWhatTheOtherStepsSaved() {
        save(SurveyStep.LIVING, Map.of(Question.LIVING, "APART_FOR_SCHOOL", Question.RESIDENCE, "IN_JAPAN",
                Question.REMITTANCE, "120万"));
        save(SurveyStep.INCOME, Map.of(Question.SITUATION, "STUDENT", Question.DISABLED, "no", Question.OTHER_INCOME, "3万"));
        save(SurveyStep.EMPLOYMENT, Map.of(Question.EMPLOYMENT_CHANGED, "no", Question.UNEMPLOYMENT_BENEFIT, "NOT_CLAIMING"));

        // Back to the first step to correct the residence, with the other steps' fields not on the page at all.
        save(SurveyStep.LIVING, Map.of(Question.LIVING, "APART_FOR_SCHOOL", Question.RESIDENCE, "ABROAD_STUDYING",
                Question.REMITTANCE, "120万"));

        SurveyAnswers answers = stored();
        assertThat(answers.residence().orElseThrow().name()).isEqualTo("ABROAD_STUDYING");
        assertThat(answers.situation()).contains(DependentSituation.STUDENT);
        assertThat(answers.disabled()).contains(false);
        assertThat(answers.otherIncome()).contains(new YenAmount(30_000));
        assertThat(answers.employmentChanged()).contains(false);
        assertThat(answers.unemploymentBenefit()).contains(UnemploymentBenefit.State.NOT_CLAIMING);
        assertThat(answers.annualRemittance()).contains(new YenAmount(1_200_000));
    }

    @Test
    void aStepWritesOnlyItsOwnQuestionsWhateverElseThePostCarries() {
        save(SurveyStep.LIVING, Map.of(Question.LIVING, "APART_FOR_SCHOOL"));

        save(SurveyStep.INCOME, Map.of(Question.SITUATION, "STUDENT", Question.LIVING, "TOGETHER", Question.OTHER_HEALTH_INSURANCE, "yes"));

        assertThat(stored().living()).contains(Living.APART_FOR_SCHOOL);
        assertThat(stored().otherHealthInsurance()).isEmpty();
        assertThat(stored().situation()).contains(DependentSituation.STUDENT);
    }

    @Test
    void twoTabsSavingDifferentStepsAtOnceBothKeepTheirAnswers() {
        save(SurveyStep.LIVING, Map.of(Question.LIVING, "APART_FOR_SCHOOL", Question.RESIDENCE, "IN_JAPAN"));
        AtomicReference<SaveSurveyAnswersResult> otherTab = new AtomicReference<>();
        // The other tab's income step lands between this save's read of the response and its write.
        system.surveyResponses.beforeNextWrite(() -> otherTab.set(save(SurveyStep.INCOME,
                Map.of(Question.SITUATION, "WORKING_UNDER_THE_LIMIT", Question.SALARY, "90万", Question.DISABLED, "no"))));

        SaveSurveyAnswersResult thisTab = save(SurveyStep.EMPLOYMENT, Map.of(Question.EMPLOYMENT_CHANGED, "yes",
                Question.UNEMPLOYMENT_BENEFIT, "RECEIVING", Question.BENEFIT_DAILY_AMOUNT, "4,000"));

        assertThat(otherTab.get()).isInstanceOf(SaveSurveyAnswersResult.Saved.class);
        assertThat(thisTab).isInstanceOf(SaveSurveyAnswersResult.Saved.class);
        SurveyAnswers answers = stored();
        assertThat(answers.salary()).contains(new YenAmount(900_000));
        assertThat(answers.situation()).contains(DependentSituation.WORKING_UNDER_THE_LIMIT);
        assertThat(answers.benefitDailyAmount()).contains(new YenAmount(4_000));
        assertThat(answers.employmentChanged()).contains(true);
        assertThat(answers.living()).contains(Living.APART_FOR_SCHOOL);
    }

    @Test
    void livingApartAnnouncesTheRemittanceAndLivingTogetherTheMembersOwnIncome() {
        assertThat(newlyRequired(save(SurveyStep.LIVING, Map.of(Question.LIVING, "APART_FOR_SCHOOL"))))
                .containsExactly(Question.REMITTANCE);
        // Said once: saving the same answer again makes nothing newly needed.
        assertThat(newlyRequired(save(SurveyStep.LIVING, Map.of(Question.LIVING, "APART_FOR_SCHOOL")))).isEmpty();

        assertThat(newlyRequired(save(SurveyStep.LIVING, Map.of(Question.LIVING, "TOGETHER"))))
                .containsExactly(Question.MEMBER_INCOME);
        assertThat(newlyRequired(save(SurveyStep.INCOME, Map.of(Question.SITUATION, "WORKING_UNDER_THE_LIMIT"))))
                .as("a worker's salary, on the same step").containsExactly(Question.SALARY);
        // Answered in the same post: nothing left to announce.
        assertThat(newlyRequired(save(SurveyStep.LIVING, Map.of(Question.LIVING, "APART_OTHER", Question.REMITTANCE, "50万"))))
                .isEmpty();
        // A question on an earlier step is not this step's to announce.
        assertThat(newlyRequired(save(SurveyStep.EMPLOYMENT, Map.of(Question.UNEMPLOYMENT_BENEFIT, "RECEIVING"))))
                .containsExactly(Question.BENEFIT_DAILY_AMOUNT);
    }

    @Test
    void theOnePageFormAnnouncesWhatItsSaveMadeRequiredToo() {
        SaveSurveyAnswersResult apart = system.saveSurveyAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(taro.id(), son.id(),
                Map.of(Question.LIVING, "APART_FOR_SCHOOL", Question.RESIDENCE, "IN_JAPAN"), CLIENT));
        assertThat(newlyRequired(apart)).containsExactly(Question.REMITTANCE);

        SaveSurveyAnswersResult answered = system.saveSurveyAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(taro.id(), son.id(),
                Map.of(Question.LIVING, "APART_FOR_SCHOOL", Question.RESIDENCE, "IN_JAPAN", Question.REMITTANCE, "120万"), CLIENT));
        assertThat(newlyRequired(answered)).as("nothing new: the remittance was needed before and is answered").isEmpty();
    }

    @Test
    void aStepOfAnotherMembersDependentIsNotFoundNorChanged() {
        save(SurveyStep.LIVING, Map.of(Question.LIVING, "APART_FOR_SCHOOL"));
        Account hanako = system.register(yamada.omron.hanako(), "hanako.sato", "Kennin2025!");

        SaveSurveyAnswersResult result = system.saveSurveyAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(hanako.id(),
                son.id(), Map.of(Question.LIVING, "TOGETHER"), CLIENT, Optional.of(SurveyStep.LIVING)));

        assertThat(result).isEqualTo(new SaveSurveyAnswersResult.NotFound());
        assertThat(stored().living()).contains(Living.APART_FOR_SCHOOL);
    }

    private static List<Question> newlyRequired(SaveSurveyAnswersResult result) {
        return ((SaveSurveyAnswersResult.Saved) result).newlyRequired();
    }
}
