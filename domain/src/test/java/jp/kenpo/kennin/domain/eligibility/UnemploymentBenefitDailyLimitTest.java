package jp.kenpo.kennin.domain.eligibility;

import static jp.kenpo.kennin.domain.eligibility.Fixtures.FIRST_DAY_OF_150MAN;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.codes;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judge;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judgedUnder;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 基本手当 while paid: the daily amount must be under the band's daily limit, as the insurer rounds it. */
class UnemploymentBenefitDailyLimitTest {

    @ParameterizedTest(name = "[{index}] born {0}, {1} rounding, {2} a day: {3}")
    @CsvSource(nullValues = "none", value = {
            "1990-04-04, CEILING, 3611, none",
            "1990-04-04, CEILING, 3612, STANDARD",
            "1990-04-04, FLOOR,   3610, none",
            "1990-04-04, FLOOR,   3611, STANDARD",
            "1960-04-04, CEILING, 4999, none",
            "1960-04-04, CEILING, 5000, ELDERLY_OR_DISABLED",
            "2005-04-04, CEILING, 4166, none",
            "2005-04-04, CEILING, 4167, YOUNG_ADULT",
            "2005-04-04, FLOOR,   4166, YOUNG_ADULT",
    })
    void dailyAmountAgainstTheDailyLimit(LocalDate born, RoundingMode rounding, long daily, IncomeBand over) {
        RuleSets insurer = RuleSets.japan().withOverrides(InsurerOverrides.none().withRounding(rounding));
        DependentFacts child = DependentFacts.of(Relationship.CHILD, born, Living.TOGETHER)
                .withUnemploymentBenefit(UnemploymentBenefit.receiving(daily));
        EligibilityCase c = judgedUnder(insurer, FIRST_DAY_OF_150MAN, child);
        List<Reason> reasons = new UnemploymentBenefitPolicy().evaluate(c);
        if (over == null) {
            assertThat(reasons).isEmpty();
        } else {
            assertThat(reasons).containsExactly(Reason.disqualifying("eligibility.unemployment.overDailyLimit", over,
                    c.incomeLimit().daily(), daily));
        }
    }

    @Test
    void whileWaitingOrDeferredTheyRemainButMustReportPayment() {
        for (UnemploymentBenefit pending : List.of(UnemploymentBenefit.waitingOrRestricted(), UnemploymentBenefit.deferred())) {
            assertThat(new UnemploymentBenefitPolicy().evaluate(caseWith(pending)))
                    .containsExactly(Reason.note("eligibility.unemployment.reportWhenPaid", pending.state()));
        }
    }

    @Test
    void notClaimingOrFinishedSaysNothing() {
        for (UnemploymentBenefit done : List.of(UnemploymentBenefit.notClaiming(), UnemploymentBenefit.finished())) {
            assertThat(new UnemploymentBenefitPolicy().evaluate(caseWith(done))).isEmpty();
        }
    }

    @Test
    void aBenefitUnderTheDailyLimitStillCountsTowardsTheYear() {
        DependentFacts spouse = DependentFacts.of(Relationship.SPOUSE, LocalDate.of(1985, 8, 8), Living.TOGETHER)
                .withUnemploymentBenefit(UnemploymentBenefit.receiving(3_000))
                .withIncome(Income.annual(IncomeKind.SALARY, 300_000));
        Judgement judgement = judge(spouse, FIRST_DAY_OF_150MAN);
        assertThat(judgement).isInstanceOf(Judgement.Discontinue.class);
        assertThat(judgement.reasons()).containsExactly(Reason.disqualifying("eligibility.income.overAnnualLimit",
                IncomeBand.STANDARD, 1_300_000L, 3_000L * 360 + 300_000));
    }

    private static EligibilityCase caseWith(UnemploymentBenefit benefit) {
        DependentFacts spouse = DependentFacts.of(Relationship.SPOUSE, LocalDate.of(1985, 8, 8), Living.TOGETHER)
                .withUnemploymentBenefit(benefit);
        return judgedUnder(RuleSets.japan(), FIRST_DAY_OF_150MAN, spouse);
    }
}
