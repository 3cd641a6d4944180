package jp.kenpo.kennin.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.Fixtures.Family;
import jp.kenpo.kennin.adapters.persistence.survey.SurveyResponseRepository;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.survey.LossReason;
import jp.kenpo.kennin.domain.survey.NoLongerEligible;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.YenAmount;
import org.junit.jupiter.api.Test;

/** Survey drafts and declarations survive a round trip whole, on both databases. */
interface SurveyResponseContract extends PersistenceContract {
    private Family newFamily() {
        InsurerCode insurer = newInsurer();
        Fixtures.openSurveyYears(database(), insurer, 2025);
        return Fixtures.family(database(), insurer, "1", "父", "長男");
    }

    private static SurveyAnswers everyAnswer() {
        Map<Question, String> raw = new EnumMap<>(Question.class);
        raw.put(Question.LIVING, "APART_SEPARATE_HOUSEHOLD");
        raw.put(Question.RESIDENCE, "ABROAD_WITH_LIFE_BASE_IN_JAPAN");
        raw.put(Question.SITUATION, "PENSIONER");
        raw.put(Question.SALARY, "0");
        raw.put(Question.PENSION, "1,200,000");
        raw.put(Question.BUSINESS_INCOME, "30000");
        raw.put(Question.OTHER_INCOME, "1");
        raw.put(Question.EMPLOYMENT_CHANGED, "yes");
        raw.put(Question.UNEMPLOYMENT_BENEFIT, "RECEIVING");
        raw.put(Question.BENEFIT_DAILY_AMOUNT, "3000");
        raw.put(Question.OTHER_HEALTH_INSURANCE, "no");
        raw.put(Question.DISABLED, "yes");
        raw.put(Question.REMITTANCE, "1,800,000");
        raw.put(Question.PARENT_SUPPORT_REASON, "年金だけでは生活費が足りず、𠮷田の家賃も負担しているため");
        return SurveyAnswers.read(raw).answers();
    }

    @Test
    default void aDraftWithEveryAnswerAndOneWithNoneComeBackAsSaved() {
        Family family = newFamily();
        SurveyResponse full = SurveyResponse.notStarted(family.insurer(), 2025, family.dependents().get(0)).withAnswers(everyAnswer());
        SurveyResponse empty = SurveyResponse.notStarted(family.insurer(), 2025, family.dependents().get(1))
                .withAnswers(SurveyAnswers.none());

        responses().saveResponse(full);
        responses().saveResponse(empty);

        assertThat(responses().loadResponse(family.insurer(), 2025, family.dependents().get(0))).contains(full);
        assertThat(responses().loadResponse(family.insurer(), 2025, family.dependents().get(1))).contains(empty);
        assertThat(responses().loadResponse(family.insurer(), 2024, family.dependents().get(0))).isEmpty();
        assertThat(responses().responsesOf(family.insurer(), 2025, family.dependents())).containsExactlyInAnyOrder(full, empty);
        assertThat(responses().responsesOf(family.insurer(), 2025, List.of())).isEmpty();
    }

    @Test
    default void savingAgainReplacesTheResponseAndADeclarationKeepsItsDateAndReason() {
        Family family = newFamily();
        DependentId father = family.dependents().get(0);
        responses().saveResponse(SurveyResponse.notStarted(family.insurer(), 2025, father).withAnswers(everyAnswer()));
        SurveyResponse declared = new SurveyResponse(family.insurer(), 2025, father, SurveyStatus.RETURNED, SurveyAnswers.none(),
                Optional.of(new NoLongerEligible(LocalDate.of(2025, 6, 30), LossReason.TURNED_75)));

        responses().saveResponse(declared);

        assertThat(responses().loadResponse(family.insurer(), 2025, father)).contains(declared);
        assertThat(sql().fetchValue("select status from survey_response where dependent_id = " + father.value()))
                .isEqualTo("RETURNED");
    }

    @Test
    default void aReturnedResponseKeepsStaffsReasonUntilItIsSubmittedAgain() {
        Family family = newFamily();
        DependentId father = family.dependents().get(0);
        String reason = "年金の額が証明書と合いません。\n年金振込通知書（令和7年6月）を添付してください。𠮷";
        SurveyResponse submitted = SurveyResponse.notStarted(family.insurer(), 2025, father).withAnswers(everyAnswer()).submitted();
        SurveyResponse returned = submitted.returnedBecause(reason);

        responses().saveResponse(returned);
        assertThat(responses().loadResponse(family.insurer(), 2025, father)).contains(returned);
        assertThat(responses().loadResponse(family.insurer(), 2025, father).orElseThrow().returnReason()).contains(reason);
        SurveyResponse corrected = returned.withAnswers(everyAnswer());
        responses().saveResponse(corrected);
        assertThat(responses().loadResponse(family.insurer(), 2025, father)).contains(corrected);

        responses().saveResponse(corrected.submitted());

        assertThat(responses().loadResponse(family.insurer(), 2025, father)).contains(submitted);
        assertThat(responses().loadResponse(family.insurer(), 2025, father).orElseThrow().returnReason()).isEmpty();
        assertThat(sql().fetchValue("select return_reason from survey_response where dependent_id = " + father.value())).isNull();
    }

    @Test
    default void onlyTheFirstOfTwoSubmissionsMarksAResponseSubmittedAndAReturnedOneCanBeSubmittedAgain() {
        Family family = newFamily();
        DependentId father = family.dependents().get(0);
        SurveyResponse draft = SurveyResponse.notStarted(family.insurer(), 2025, father).withAnswers(everyAnswer());
        assertThat(responses().markSubmitted(draft.submitted())).as("nothing stored yet").isFalse();
        responses().saveResponse(draft);

        assertThat(responses().markSubmitted(draft.submitted())).isTrue();
        assertThat(responses().markSubmitted(draft.submitted())).as("the second of a double click").isFalse();
        assertThat(responses().loadResponse(family.insurer(), 2025, father)).contains(draft.submitted());

        SurveyResponse returned = draft.submitted().returnedBecause("在学証明書を添付してください。");
        responses().saveResponse(returned);
        assertThat(responses().markSubmitted(returned.submitted())).isTrue();
        assertThat(responses().loadResponse(family.insurer(), 2025, father)).contains(draft.submitted());

        responses().saveResponse(new SurveyResponse(family.insurer(), 2025, father, SurveyStatus.CONFIRMED, everyAnswer(),
                Optional.empty()));
        assertThat(responses().markSubmitted(draft.submitted())).as("confirmed by staff").isFalse();
        assertThat(responses().loadResponse(family.insurer(), 2025, father).orElseThrow().status())
                .isEqualTo(SurveyStatus.CONFIRMED);
    }

    @Test
    default void aReturnReasonOfTheLongestAllowedLengthIsKeptWhole() {
        Family family = newFamily();
        DependentId son = family.dependents().get(1);
        SurveyResponse returned = SurveyResponse.notStarted(family.insurer(), 2025, son).withAnswers(SurveyAnswers.none()).submitted()
                .returnedBecause("差".repeat(SurveyResponse.MAX_RETURN_REASON));

        responses().saveResponse(returned);

        assertThat(responses().loadResponse(family.insurer(), 2025, son)).contains(returned);
    }

    @Test
    default void theMembersIncomeIsKeptOncePerYear() {
        Family family = newFamily();

        responses().saveMemberIncome(family.member(), 2025, new YenAmount(6_000_000));
        responses().saveMemberIncome(family.member(), 2025, new YenAmount(6_500_000));
        responses().saveMemberIncome(family.member(), 2026, new YenAmount(7_000_000));

        assertThat(responses().memberIncome(family.member(), 2025)).contains(new YenAmount(6_500_000));
        assertThat(responses().memberIncome(family.member(), 2026)).contains(new YenAmount(7_000_000));
        assertThat(responses().memberIncome(family.member(), 2024)).isEmpty();
    }

    @Test
    default void aResponseNeedsAnOpenSurveyYearAndAStoredDependent() {
        Family family = newFamily();
        assertThatThrownBy(() -> responses().saveResponse(SurveyResponse.notStarted(family.insurer(), 2030, family.dependents().get(0))
                .withAnswers(SurveyAnswers.none()))).isInstanceOf(org.jooq.exception.DataAccessException.class);
        assertThatThrownBy(() -> responses().saveResponse(SurveyResponse.notStarted(family.insurer(), 2025, new DependentId(-1))
                .withAnswers(SurveyAnswers.none()))).isInstanceOf(org.jooq.exception.DataAccessException.class);
    }

    private SurveyResponseRepository responses() {
        return database().surveyResponses();
    }
}
