package jp.kenpo.kennin.application.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.InMemorySystem;
import jp.kenpo.kennin.application.Omron;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleCommand;
import jp.kenpo.kennin.application.survey.DeclareNoLongerEligibleUseCase.DeclareNoLongerEligibleResult;
import jp.kenpo.kennin.application.survey.ListSurveyDependentsUseCase.SurveyDependent;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersCommand;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult;
import jp.kenpo.kennin.application.survey.ShowSurveyFormUseCase.SurveyForm;
import jp.kenpo.kennin.domain.account.Account;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.eligibility.Judgement;
import jp.kenpo.kennin.domain.eligibility.RequiredDocument;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.survey.LossReason;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.YenAmount;
import org.junit.jupiter.api.Test;

/**
 * 山田 太郎 answers omron's 2025 survey (基準日 2025-10-01) for his wife, who lives with him, and his
 * son of 20, a student lodging near his university; 佐藤 花子 tries to reach his son's form.
 */
class MemberAnswersTheSurveyForEachDependentTest {
    private final YamadaFamily yamada = new YamadaFamily();
    private final Omron omron = yamada.omron;
    private final InMemorySystem system = yamada.system;
    private final Account taro = yamada.taro;
    private final Dependent wife = yamada.wife;
    private final Dependent son = yamada.son;

    private static Map<Question, String> answers(Object... pairs) {
        Map<Question, String> raw = new EnumMap<>(Question.class);
        for (int i = 0; i < pairs.length; i += 2) {
            raw.put((Question) pairs[i], (String) pairs[i + 1]);
        }
        return raw;
    }

    private SaveSurveyAnswersResult save(Account account, Dependent dependent, Map<Question, String> answers) {
        return system.saveSurveyAnswers.saveSurveyAnswers(new SaveSurveyAnswersCommand(account.id(), dependent.id(), answers,
                ClientAddress.local()));
    }

    private SurveyForm form(Dependent dependent) {
        return system.showSurveyForm.showSurveyForm(taro.id(), dependent.id(), ClientAddress.local()).orElseThrow();
    }

    @Test
    void theMainScreenListsEveryDependentInScopeWithItsStatus() {
        save(taro, son, answers(Question.LIVING, "APART_FOR_SCHOOL"));

        assertThat(system.listSurveyDependents.listSurveyDependents(taro.id()).dependents()).containsExactly(
                new SurveyDependent(wife, SurveyStatus.NOT_STARTED), new SurveyDependent(son, SurveyStatus.IN_PROGRESS));
    }

    @Test
    void theSonsFormAsksForTheRemittanceOnlyOnceHeIsSaidToLiveApartAndThenJudgesHim() {
        assertThat(form(son).applicable()).doesNotContain(Question.REMITTANCE);
        assertThat(form(son).judgement()).isEmpty();

        save(taro, son, answers(Question.LIVING, "APART_FOR_SCHOOL", Question.SITUATION, "STUDENT"));
        assertThat(form(son).applicable()).contains(Question.REMITTANCE);
        assertThat(form(son).missing()).contains(Question.REMITTANCE, Question.RESIDENCE);

        save(taro, son, answers(Question.LIVING, "APART_FOR_SCHOOL", Question.SITUATION, "STUDENT", Question.RESIDENCE,
                "IN_JAPAN", Question.SALARY, "１，０００，０００円", Question.EMPLOYMENT_CHANGED, "no",
                Question.UNEMPLOYMENT_BENEFIT, "NOT_CLAIMING", Question.OTHER_HEALTH_INSURANCE, "no", Question.DISABLED, "no",
                Question.REMITTANCE, "120万"));

        SurveyForm form = form(son);
        assertThat(form.missing()).isEmpty();
        assertThat(form.status()).isEqualTo(SurveyStatus.IN_PROGRESS);
        assertThat(form.judgement()).get().isInstanceOf(Judgement.Continue.class);
        assertThat(form.judgement().get().documents()).extracting(RequiredDocument::kind).contains(
                DocumentKind.INCOME_CERTIFICATE, DocumentKind.STUDENT_CERTIFICATE, DocumentKind.REMITTANCE_PROOF);
        assertThat(system.audit.last().action()).isEqualTo(AuditAction.SURVEY_FORM_VIEWED);
        assertThat(system.audit.last().detail()).isEqualTo("dependent=" + son.id().value());
    }

    @Test
    void theWifesFormNeedsTheMembersOwnIncomeWhichIsKeptForTheYear() {
        SaveSurveyAnswersResult saved = save(taro, wife, answers(Question.LIVING, "TOGETHER", Question.RESIDENCE, "IN_JAPAN",
                Question.SITUATION, "WORKING_UNDER_THE_LIMIT", Question.SALARY, "900,000", Question.EMPLOYMENT_CHANGED, "no",
                Question.UNEMPLOYMENT_BENEFIT, "NOT_CLAIMING", Question.OTHER_HEALTH_INSURANCE, "no", Question.DISABLED, "no",
                Question.MEMBER_INCOME, "６，０００，０００"));

        assertThat(saved).isEqualTo(new SaveSurveyAnswersResult.Saved(Map.of()));
        assertThat(system.surveyResponses.memberIncome(omron.taro.id(), 2025)).contains(new YenAmount(6_000_000));
        assertThat(form(wife).judgement()).get().isInstanceOf(Judgement.Continue.class);
        assertThat(form(wife).judgement().get().documents()).extracting(RequiredDocument::kind)
                .contains(DocumentKind.PAYSLIPS_OR_EMPLOYER_CERTIFICATE);
    }

    @Test
    void anUnreadableAmountIsReportedWhileTheOtherAnswersAreSaved() {
        SaveSurveyAnswersResult saved = save(taro, son, answers(Question.LIVING, "APART_FOR_SCHOOL", Question.REMITTANCE, "十万",
                Question.MEMBER_INCOME, "-1"));

        // The remittance, needed once living apart is saved, is still unanswered: the page names it.
        assertThat(saved).isEqualTo(new SaveSurveyAnswersResult.Saved(Map.of(Question.REMITTANCE, "survey.amount.invalid",
                Question.MEMBER_INCOME, "survey.amount.negative"), List.of(Question.REMITTANCE)));
        assertThat(form(son).answers().living()).isPresent();
        assertThat(form(son).answers().annualRemittance()).isEmpty();
    }

    @Test
    void anotherMembersDependentIsNeverFoundNorChanged() {
        InsuredMember hanako = omron.hanako();
        Account hanakoAccount = system.register(hanako, "hanako.sato", "Kennin2025!");

        assertThat(system.showSurveyForm.showSurveyForm(hanakoAccount.id(), son.id(), ClientAddress.local())).isEmpty();
        assertThat(save(hanakoAccount, son, answers(Question.LIVING, "TOGETHER"))).isEqualTo(new SaveSurveyAnswersResult.NotFound());
        assertThat(system.declareNoLongerEligible.declareNoLongerEligible(new DeclareNoLongerEligibleCommand(hanakoAccount.id(),
                son.id(), "2025/04/01", "MARRIED", ClientAddress.local()))).isEqualTo(new DeclareNoLongerEligibleResult.NotFound());
        assertThat(system.surveyResponses.loadResponse(omron.insurer.code(), 2025, son.id())).isEmpty();
        assertThat(system.listSurveyDependents.listSurveyDependents(hanakoAccount.id()).dependents()).isEmpty();
    }

    @Test
    void aSubmittedResponseCanNoLongerBeChanged() {
        system.surveyResponses.put(new SurveyResponse(omron.insurer.code(), 2025, son.id(), SurveyStatus.SUBMITTED,
                SurveyAnswers.none(), Optional.empty()));

        assertThat(save(taro, son, answers(Question.LIVING, "TOGETHER"))).isEqualTo(new SaveSurveyAnswersResult.ReadOnly());
        assertThat(system.declareNoLongerEligible.declareNoLongerEligible(new DeclareNoLongerEligibleCommand(taro.id(), son.id(),
                "2025/04/01", "MARRIED", ClientAddress.local()))).isEqualTo(new DeclareNoLongerEligibleResult.ReadOnly());
        assertThat(form(son).readOnly()).isTrue();
    }

    @Test
    void aLossOfStatusNotYetConfirmedIsOnlyCheckedAndGivenBackToConfirm() {
        assertThat(system.declareNoLongerEligible.declareNoLongerEligible(new DeclareNoLongerEligibleCommand(taro.id(), wife.id(),
                "２０２５／０６／０１", "EMPLOYED_WITH_OWN_INSURANCE", ClientAddress.local(), false)))
                .isEqualTo(new DeclareNoLongerEligibleResult.ToConfirm(LocalDate.of(2025, 6, 1), LossReason.EMPLOYED_WITH_OWN_INSURANCE));

        assertThat(form(wife).noLongerEligible()).isEmpty();
        assertThat(system.surveyResponses.loadResponse(omron.insurer.code(), 2025, wife.id())).isEmpty();
        assertThat(system.audit.events()).extracting(e -> e.action()).doesNotContain(AuditAction.SURVEY_NO_LONGER_ELIGIBLE_DECLARED);
        assertThat(system.declareNoLongerEligible.declareNoLongerEligible(new DeclareNoLongerEligibleCommand(taro.id(), wife.id(),
                "きのう", "EMPLOYED_WITH_OWN_INSURANCE", ClientAddress.local(), false)))
                .isEqualTo(new DeclareNoLongerEligibleResult.Refused(Map.of("since", "survey.loss.date.invalid")));
    }

    @Test
    void theDayOfLossIsReadInTheJapaneseCalendarTooAndAnImpossibleDayIsToldAsSuch() {
        for (String typed : new String[] {"令和7年6月1日", "R7.6.1", "ｒ７．６．１", "2025年6月1日"}) {
            assertThat(system.declareNoLongerEligible.declareNoLongerEligible(new DeclareNoLongerEligibleCommand(taro.id(), wife.id(),
                    typed, "MARRIED", ClientAddress.local(), false))).as(typed)
                    .isEqualTo(new DeclareNoLongerEligibleResult.ToConfirm(LocalDate.of(2025, 6, 1), LossReason.MARRIED));
        }
        assertThat(system.declareNoLongerEligible.declareNoLongerEligible(new DeclareNoLongerEligibleCommand(taro.id(), wife.id(),
                "令和7年2月30日", "MARRIED", ClientAddress.local(), false)))
                .isEqualTo(new DeclareNoLongerEligibleResult.Refused(Map.of("since", "survey.loss.date.noSuchDay")));
        assertThat(system.declareNoLongerEligible.declareNoLongerEligible(new DeclareNoLongerEligibleCommand(taro.id(), wife.id(),
                "令和元年4月30日", "MARRIED", ClientAddress.local(), false)))
                .isEqualTo(new DeclareNoLongerEligibleResult.Refused(Map.of("since", "survey.loss.date.outsideEra")));
    }

    @Test
    void aDeclaredLossOfStatusReplacesTheJudgementAndBadInputIsRefusedByField() {
        assertThat(system.declareNoLongerEligible.declareNoLongerEligible(new DeclareNoLongerEligibleCommand(taro.id(), wife.id(),
                "きのう", "", ClientAddress.local()))).isEqualTo(new DeclareNoLongerEligibleResult.Refused(Map.of(
                "since", "survey.loss.date.invalid", "reason", "survey.loss.reason.required")));

        assertThat(system.declareNoLongerEligible.declareNoLongerEligible(new DeclareNoLongerEligibleCommand(taro.id(), wife.id(),
                "２０２５／０６／０１", "EMPLOYED_WITH_OWN_INSURANCE", ClientAddress.local())))
                .isEqualTo(new DeclareNoLongerEligibleResult.Declared());

        SurveyForm form = form(wife);
        assertThat(form.noLongerEligible()).hasValueSatisfying(d -> {
            assertThat(d.since()).isEqualTo(LocalDate.of(2025, 6, 1));
            assertThat(d.reason()).isEqualTo(LossReason.EMPLOYED_WITH_OWN_INSURANCE);
        });
        assertThat(form.judgement()).isEmpty();
        assertThat(system.audit.events()).extracting(e -> e.action()).contains(AuditAction.SURVEY_NO_LONGER_ELIGIBLE_DECLARED);
    }
}
