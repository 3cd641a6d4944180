package jp.kenpo.kennin.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.time.LocalDate;
import jp.kenpo.kennin.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The monthly and daily figures insurers publish differ: each is a setting over the national rule set. */
class InsurerOwnRoundingAndLimitsTest {
    private static final LocalDate OCT_2025 = LocalDate.of(2025, 10, 1);

    @ParameterizedTest(name = "[{index}] {0}: {1} is {3} a month and {4} a day")
    @CsvSource({
            "CEILING, STANDARD,            1300000, 108334, 3612",
            "FLOOR,   STANDARD,            1300000, 108333, 3611",
            "HALF_UP, STANDARD,            1300000, 108333, 3611",
            "FLOOR,   YOUNG_ADULT,         1500000, 125000, 4166",
            "HALF_UP, YOUNG_ADULT,         1500000, 125000, 4167",
            "FLOOR,   ELDERLY_OR_DISABLED, 1800000, 150000, 5000",
    })
    void roundingOfMonthlyAndDailyFigures(RoundingMode rounding, IncomeBand band, long annual, long monthly, long daily) {
        RuleSet insurer = RuleSets.japan().withOverrides(InsurerOverrides.none().withRounding(rounding)).inForceOn(OCT_2025);
        assertThat(insurer.limit(band)).isEqualTo(new IncomeLimit(annual, monthly, daily));
    }

    @Test
    void anInsurersOwnFigureWinsOverItsRoundingForThatBandOnly() {
        IncomeLimit own = new IncomeLimit(1_300_000, 108_000, 3_611);
        RuleSet insurer = RuleSets.japan().withOverrides(InsurerOverrides.none().withRounding(RoundingMode.FLOOR)
                .withLimit(IncomeBand.STANDARD, own)).inForceOn(OCT_2025);
        assertThat(insurer.limit(IncomeBand.STANDARD)).isEqualTo(own);
        assertThat(insurer.limit(IncomeBand.YOUNG_ADULT)).isEqualTo(new IncomeLimit(1_500_000, 125_000, 4_166));
    }

    @Test
    void aMonthlySalaryOf108000IsOverAnInsurerWhoseMonthlyLimitIs108000() {
        DependentFacts spouse = DependentFacts.of(Relationship.SPOUSE, LocalDate.of(1985, 8, 8), Living.TOGETHER)
                .withIncome(Income.monthly(IncomeKind.SALARY, 108_000));
        RuleSets own = RuleSets.japan().withOverrides(InsurerOverrides.none()
                .withLimit(IncomeBand.STANDARD, new IncomeLimit(1_300_000, 108_000, 3_611)));
        assertThat(EligibilityEngine.of(own).judge(spouse, Fixtures.MEMBER, OCT_2025))
                .isInstanceOf(Judgement.Discontinue.class);
        assertThat(EligibilityEngine.of(RuleSets.japan()).judge(spouse, Fixtures.MEMBER, OCT_2025))
                .isInstanceOf(Judgement.Continue.class);
    }

    @Test
    void anInsurersYoungAdultFiguresDoNotBringTheBandInEarly() {
        RuleSets own = RuleSets.japan().withOverrides(InsurerOverrides.none()
                .withLimit(IncomeBand.YOUNG_ADULT, new IncomeLimit(1_500_000, 125_000, 4_166)));
        assertThat(own.inForceOn(OCT_2025.minusDays(1)).hasBand(IncomeBand.YOUNG_ADULT)).isFalse();
        assertThat(own.inForceOn(OCT_2025).limit(IncomeBand.YOUNG_ADULT).daily()).isEqualTo(4_166);
    }

    @Test
    void noOverridesChangeNothing() {
        assertThat(RuleSets.japan().withOverrides(InsurerOverrides.none())).isEqualTo(RuleSets.japan());
    }

    @Test
    void aRoundingThatCannotDivideIsRefused() {
        assertThatThrownBy(() -> IncomeLimit.under(1_300_000, RoundingMode.UNNECESSARY))
                .isInstanceOf(InvalidValueException.class).hasMessage("eligibility.incomeLimit.invalid");
        assertThatThrownBy(() -> new IncomeLimit(1_300_000, 0, 3_612)).isInstanceOf(InvalidValueException.class);
    }
}
