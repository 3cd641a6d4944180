package jp.kenpo.kennin.domain.eligibility;

import static jp.kenpo.kennin.domain.eligibility.Fixtures.FIRST_DAY_OF_150MAN;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.codes;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judgedOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 150万 band excludes spouses, registered or de facto; other relatives of 20 get it. */
class SpouseOfTwentyStaysAt130manTest {
    private static final LocalDate AGED_TWENTY = LocalDate.of(2005, 6, 15);

    @ParameterizedTest(name = "[{index}] {0} of 20 earning {1}: {2}")
    @CsvSource({
            "SPOUSE,          1299999, STANDARD,    eligibility.income.withinAnnualLimit",
            "SPOUSE,          1300000, STANDARD,    eligibility.income.overAnnualLimit",
            "SPOUSE,          1499999, STANDARD,    eligibility.income.overAnnualLimit",
            "DE_FACTO_SPOUSE, 1300000, STANDARD,    eligibility.income.overAnnualLimit",
            "CHILD,           1499999, YOUNG_ADULT, eligibility.income.withinAnnualLimit",
            "SIBLING,         1499999, YOUNG_ADULT, eligibility.income.withinAnnualLimit",
            "GRANDCHILD,      1500000, YOUNG_ADULT, eligibility.income.overAnnualLimit",
    })
    void spousesKeepTheStandardLimit(Relationship relationship, long salary, IncomeBand band, String code) {
        DependentFacts dependent = DependentFacts.of(relationship, AGED_TWENTY, Living.TOGETHER)
                .withIncome(Income.annual(IncomeKind.SALARY, salary));
        EligibilityCase c = judgedOn(FIRST_DAY_OF_150MAN, dependent);
        assertThat(c.incomeBand()).isEqualTo(band);
        assertThat(codes(new IncomeLimitPolicy().evaluate(c))).containsExactly(code);
    }
}
