package jp.kenpo.kennin.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kenpo.kennin.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetInForceByDateTest {
    private static final RuleSets JAPAN = RuleSets.japan();

    @ParameterizedTest(name = "[{index}] on {0}: version of {1}")
    @CsvSource({
            "2020-04-01, 2020-04-01, false, false",
            "2025-09-30, 2020-04-01, false, false",
            "2025-10-01, 2025-10-01, true,  false",
            "2026-03-31, 2025-10-01, true,  false",
            "2026-04-01, 2026-04-01, true,  true",
            "2031-01-01, 2026-04-01, true,  true",
    })
    void theLatestVersionEffectiveOnTheDateApplies(LocalDate date, LocalDate effectiveFrom, boolean youngAdultBand,
                                                   boolean salaryFromContract) {
        RuleSet inForce = JAPAN.inForceOn(date);
        assertThat(inForce.effectiveFrom()).isEqualTo(effectiveFrom);
        assertThat(inForce.hasBand(IncomeBand.YOUNG_ADULT)).isEqualTo(youngAdultBand);
        assertThat(inForce.salaryFromLabourContract()).isEqualTo(salaryFromContract);
    }

    @Test
    void beforeTheResidenceRuleThereIsNoNationalVersion() {
        assertThatThrownBy(() -> JAPAN.inForceOn(LocalDate.of(2020, 3, 31))).isInstanceOf(InvalidValueException.class)
                .hasMessage("eligibility.ruleSet.notInForce");
    }

    @Test
    void theNationalFiguresAreThePublishedOnes() {
        RuleSet current = JAPAN.inForceOn(LocalDate.of(2025, 10, 1));
        assertThat(current.limit(IncomeBand.STANDARD)).isEqualTo(new IncomeLimit(1_300_000, 108_334, 3_612));
        assertThat(current.limit(IncomeBand.ELDERLY_OR_DISABLED)).isEqualTo(new IncomeLimit(1_800_000, 150_000, 5_000));
        assertThat(current.limit(IncomeBand.YOUNG_ADULT)).isEqualTo(new IncomeLimit(1_500_000, 125_000, 4_167));
        assertThat(List.of(current.youngAdultMinAge(), current.youngAdultMaxAgeExclusive(), current.elderlyAge(),
                current.lateStageAge())).containsExactly(19, 23, 60, 75);
    }

    @Test
    void versionsAreKeptInDateOrder() {
        RuleSet older = JAPAN.inForceOn(LocalDate.of(2021, 1, 1));
        RuleSet newer = JAPAN.inForceOn(LocalDate.of(2027, 1, 1));
        assertThat(RuleSets.of(newer, older).versions()).containsExactly(older, newer);
    }

    @Test
    void twoVersionsCannotStartOnTheSameDay() {
        RuleSet version = JAPAN.inForceOn(LocalDate.of(2021, 1, 1));
        assertThatThrownBy(() -> RuleSets.of(version, version)).isInstanceOf(InvalidValueException.class)
                .hasMessage("eligibility.ruleSet.invalid");
        assertThatThrownBy(RuleSets::of).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aVersionNeedsTheStandardAndElderlyLimitsAndOrderedAges() {
        IncomeLimit limit = IncomeLimit.under(1_300_000, RoundingMode.CEILING);
        LocalDate from = LocalDate.of(2030, 4, 1);
        assertThatThrownBy(() -> new RuleSet(from, Map.of(IncomeBand.STANDARD, limit), 19, 23, 60, 75, false))
                .isInstanceOf(InvalidValueException.class).hasMessage("eligibility.ruleSet.invalid");
        Map<IncomeBand, IncomeLimit> both = Map.of(IncomeBand.STANDARD, limit, IncomeBand.ELDERLY_OR_DISABLED, limit);
        assertThatThrownBy(() -> new RuleSet(from, both, 23, 19, 60, 75, false)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RuleSet(from, both, 19, 23, 75, 60, false)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RuleSet(from, both, 19, 23, 60, 75, false).limit(IncomeBand.YOUNG_ADULT))
                .isInstanceOf(InvalidValueException.class).hasMessage("eligibility.ruleSet.noSuchBand");
    }

    @Test
    void theEngineRefusesADateNoVersionCovers() {
        DependentFacts child = DependentFacts.of(Relationship.CHILD, LocalDate.of(2010, 1, 1), Living.TOGETHER);
        assertThatThrownBy(() -> EligibilityEngine.of(JAPAN).judge(child, Fixtures.MEMBER, LocalDate.of(2019, 12, 1)))
                .isInstanceOf(InvalidValueException.class).hasMessage("eligibility.ruleSet.notInForce");
    }
}
