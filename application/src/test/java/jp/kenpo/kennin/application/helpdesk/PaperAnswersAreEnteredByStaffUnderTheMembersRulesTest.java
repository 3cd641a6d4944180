package jp.kenpo.kennin.application.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.helpdesk.ProxyEntryPort.ProxyAction;
import jp.kenpo.kennin.application.helpdesk.SaveAnswersForMemberUseCase.SaveAnswersForMemberCommand;
import jp.kenpo.kennin.application.helpdesk.SaveAnswersForMemberUseCase.SaveAnswersForMemberResult;
import jp.kenpo.kennin.application.helpdesk.ShowMemberCaseUseCase.ShowMemberCaseResult;
import jp.kenpo.kennin.application.helpdesk.SubmitForMemberUseCase.SubmitForMemberCommand;
import jp.kenpo.kennin.application.helpdesk.SubmitForMemberUseCase.SubmitForMemberResult;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import org.junit.jupiter.api.Test;

class PaperAnswersAreEnteredByStaffUnderTheMembersRulesTest {
    private final HelpDesk desk = new HelpDesk();

    private SaveAnswersForMemberResult save(Map<Question, String> answers, String reason) {
        return desk.saveForMember.saveAnswersForMember(new SaveAnswersForMemberCommand(desk.sato, desk.omron.taro.id(),
                desk.wife.id(), answers, reason, ClientAddress.local()));
    }

    private static Map<Question, String> living() {
        Map<Question, String> answers = new EnumMap<>(Question.class);
        answers.put(Question.LIVING, "TOGETHER");
        return answers;
    }

    @Test
    void answersFromAPaperFormAreSavedAndShowAsEnteredBySato() {
        desk.system.register(desk.omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

        SaveAnswersForMemberResult result = save(living(), "紙の調査票で回答");

        assertThat(result).isInstanceOfSatisfying(SaveAnswersForMemberResult.Done.class,
                d -> assertThat(d.outcome()).isInstanceOf(SaveSurveyAnswersResult.Saved.class));
        ShowMemberCaseResult.Shown shown = (ShowMemberCaseResult.Shown) desk.show.showMemberCase(desk.sato,
                desk.omron.taro.id(), ClientAddress.local());
        assertThat(shown.memberCase().proxyEntries())
                .extracting(e -> e.staffLogin().value(), ProxyEntryPort.ProxyEntry::action, e -> e.dependent(), e -> e.reason().value())
                .containsExactly(tuple("sato", ProxyAction.ANSWERS_SAVED, Optional.of(desk.wife.id()), "紙の調査票で回答"));
        assertThat(shown.memberCase().survey().orElseThrow().dependents().get(0).status()).contains(SurveyStatus.IN_PROGRESS);
        assertThat(desk.system.audit.withAction(AuditAction.SURVEY_ANSWERS_SAVED_ON_BEHALF)).singleElement()
                .satisfies(e -> assertThat(e.staffId()).contains(1L));
    }

    @Test
    void anIncompleteSurveyIsNotSubmittedForTheMemberEitherAndNoEntryIsRecorded() {
        desk.system.register(desk.omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);
        save(living(), "電話で聴取");

        SubmitForMemberResult result = desk.submitForMember.submitForMember(new SubmitForMemberCommand(desk.sato,
                desk.omron.taro.id(), "電話で聴取", ClientAddress.local()));

        assertThat(result).isInstanceOfSatisfying(SubmitForMemberResult.Done.class,
                d -> assertThat(d.outcome()).isInstanceOf(SubmitSurveyResult.Incomplete.class));
        assertThat(desk.store.proxyEntriesOf(desk.omron.insurer.code(), 2025, desk.omron.taro.id()))
                .extracting(ProxyEntryPort.ProxyEntry::action).containsExactly(ProxyAction.ANSWERS_SAVED);
    }

    @Test
    void aMemberWhoNeverRegisteredCannotBeAnsweredForYet() {
        assertThat(save(living(), "紙の調査票で回答")).isEqualTo(new SaveAnswersForMemberResult.NotRegistered());
        assertThat(desk.system.surveyResponses.loadResponse(desk.omron.insurer.code(), 2025, desk.wife.id())).isEmpty();
    }

    @Test
    void anotherInsurersStaffCannotAnswerForTaro() {
        desk.system.register(desk.omron.taro, Omron.TARO_USER_ID, Omron.TARO_PASSWORD);

        assertThat(desk.saveForMember.saveAnswersForMember(new SaveAnswersForMemberCommand(desk.kobeStaff, desk.omron.taro.id(),
                desk.wife.id(), living(), "紙", ClientAddress.local()))).isEqualTo(new SaveAnswersForMemberResult.NotFound());
        assertThat(desk.system.surveyResponses.loadResponse(desk.omron.insurer.code(), 2025, desk.wife.id())).isEmpty();
    }
}
