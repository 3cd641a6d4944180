package jp.kenpo.kennin.adapters.persistence;

import static jp.kenpo.kennin.adapters.persistence.Fixtures.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.survey.SurveyResponseRepository;
import jp.kenpo.kennin.application.roster.DependentEntry;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.survey.LossReason;
import jp.kenpo.kennin.domain.survey.NoLongerEligible;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyAnswers;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import jp.kenpo.kennin.domain.survey.YenAmount;
import org.junit.jupiter.api.Test;

/** Survey drafts and declarations survive a round trip whole, on both databases. */
interface SurveyResponseContract extends PersistenceContract {
    record Family(InsurerCode insurer, MemberId member, List<DependentId> dependents) {
    }

    private Family newFamily() {
        InsurerCode insurer = newInsurer();
        database().surveyYears().saveSurveyYear(new SurveyYear(insurer, 2025, "令和7年度", LocalDate.of(2025, 7, 1),
                new SurveyDeadline(LocalDate.of(2025, 8, 31))));
        database().members().storeRoster(insurer, List.of(entry("01", "1", "m1@example.jp")));
        MemberId member = database().members().findByCard(insurer, entry("01", "1", "x@example.jp").symbol(),
                entry("01", "1", "x@example.jp").number()).orElseThrow().id();
        database().dependents().storeDependents(List.of(dependent(member, "1", "父"), dependent(member, "2", "長男")));
        return new Family(insurer, member, database().dependents().dependentsOf(member).stream().map(d -> d.id()).toList());
    }

    private static DependentEntry dependent(MemberId member, String number, String term) {
        return new DependentEntry(member, DependentNumber.parse(number), new PersonName("髙橋 𠮷男", "タカハシ ヨシオ"),
                LocalDate.of(1950, 4, 2), StatedRelationship.parse(term), Sex.MALE, Cohabitation.APART, Optional.empty());
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
