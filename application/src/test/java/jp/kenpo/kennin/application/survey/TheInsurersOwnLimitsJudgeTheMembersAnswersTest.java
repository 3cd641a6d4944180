package jp.kenpo.kennin.application.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.BackOfficeSetup;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.insureradmin.UpdateInsurerSettingsUseCase.UpdateInsurerSettingsCommand;
import jp.kenpo.kennin.application.insureradmin.UpdateInsurerSettingsUseCase.UpdateInsurerSettingsResult;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersCommand;
import jp.kenpo.kennin.domain.eligibility.IncomeBand;
import jp.kenpo.kennin.domain.eligibility.Judgement;
import jp.kenpo.kennin.domain.survey.Question;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A 管理者 who sets a lower limit for the standard band changes the preliminary judgement members see. */
class TheInsurersOwnLimitsJudgeTheMembersAnswersTest {
    private final YamadaFamily yamada = new YamadaFamily();
    private final BackOfficeSetup office = new BackOfficeSetup(yamada.system);

    @BeforeEach
    void theWifeEarnsNineHundredThousandYen() {
        Map<Question, String> answers = new EnumMap<>(Question.class);
        answers.putAll(Map.of(Question.LIVING, "TOGETHER", Question.RESIDENCE, "IN_JAPAN",
                Question.SITUATION, "WORKING_UNDER_THE_LIMIT", Question.SALARY, "900,000", Question.EMPLOYMENT_CHANGED, "no",
                Question.UNEMPLOYMENT_BENEFIT, "NOT_CLAIMING", Question.OTHER_HEALTH_INSURANCE, "no", Question.DISABLED, "no",
                Question.MEMBER_INCOME, "6,000,000"));
        yamada.system.saveSurveyAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(yamada.taro.id(), yamada.wife.id(),
                answers, ClientAddress.local()));
    }

    private Judgement judgement() {
        return office.showSurveyForm.showSurveyForm(yamada.taro.id(), yamada.wife.id(), ClientAddress.local()).orElseThrow()
                .judgement().orElseThrow();
    }

    private void standardLimit(long annual) {
        assertThat(office.updateInsurerSettings.updateInsurerSettings(new UpdateInsurerSettingsCommand(
                office.administrator(yamada.omron.insurer), "オムロン健康保険組合", "kenpo@omron.example.jp", "", "", "", "",
                Optional.empty(), Optional.empty(), Map.of(IncomeBand.STANDARD, annual), ClientAddress.local())))
                .isEqualTo(new UpdateInsurerSettingsResult.Updated());
    }

    @Test
    void underTheNationalLimitSheContinues() {
        assertThat(judgement()).isInstanceOf(Judgement.Continue.class);
    }

    @Test
    void underTheInsurersOwnLowerLimitSheNoLongerSimplyContinues() {
        standardLimit(800_000);

        assertThat(judgement()).isNotInstanceOf(Judgement.Continue.class);
        // The member side wired without overrides still judges by the national rules.
        assertThat(yamada.system.showSurveyForm.showSurveyForm(yamada.taro.id(), yamada.wife.id(), ClientAddress.local())
                .orElseThrow().judgement().orElseThrow()).isInstanceOf(Judgement.Continue.class);
    }
}
