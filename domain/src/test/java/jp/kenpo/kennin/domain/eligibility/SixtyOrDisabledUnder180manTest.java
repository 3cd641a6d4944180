package jp.kenpo.kennin.domain.eligibility;

import static jp.kenpo.kennin.domain.eligibility.Fixtures.FIRST_DAY_OF_150MAN;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.codes;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judgedOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 180万 from the eve of the 60th birthday (an age is attained on the eve), or at any age if disabled. */
class SixtyOrDisabledUnder180manTest {
    /** 60th birthday 2025-11-01, so 60 from 2025-10-31. */
    private static final LocalDate MOTHER_BORN = LocalDate.of(1965, 11, 1);

    @ParameterizedTest(name = "[{index}] judged {0}, pension {1}: {2}")
    @CsvSource({
            "2025-10-30, 1299999, STANDARD,            eligibility.income.withinAnnualLimit",
            "2025-10-30, 1799999, STANDARD,            eligibility.income.overAnnualLimit",
            "2025-10-31, 1799999, ELDERLY_OR_DISABLED, eligibility.income.withinAnnualLimit",
            "2025-10-31, 1800000, ELDERLY_OR_DISABLED, eligibility.income.overAnnualLimit",
            "2025-11-01, 1799999, ELDERLY_OR_DISABLED, eligibility.income.withinAnnualLimit",
    })
    void aParentAroundTheSixtiethBirthday(LocalDate date, long pension, IncomeBand band, String code) {
        DependentFacts mother = DependentFacts.of(Relationship.PARENT, MOTHER_BORN, Living.TOGETHER)
                .withIncome(Income.annual(IncomeKind.PUBLIC_PENSION, pension));
        EligibilityCase c = judgedOn(date, mother);
        assertThat(c.incomeBand()).isEqualTo(band);
        assertThat(codes(new IncomeLimitPolicy().evaluate(c))).containsExactly(code);
    }

    @ParameterizedTest(name = "[{index}] disabled, born {0}, pension {1}: {2}")
    @CsvSource({
            "1995-05-05, 1799999, eligibility.income.withinAnnualLimit",
            "1995-05-05, 1800000, eligibility.income.overAnnualLimit",
            // 20 at the end of 2025: the 180万 of the disabled beats the 150万 of the age band.
            "2005-06-15, 1799999, eligibility.income.withinAnnualLimit",
    })
    void aDisabledChildAtAnyAge(LocalDate born, long pension, String code) {
        DependentFacts child = DependentFacts.of(Relationship.CHILD, born, Living.TOGETHER).asDisabled()
                .withIncome(Income.annual(IncomeKind.PUBLIC_PENSION, pension));
        EligibilityCase c = judgedOn(FIRST_DAY_OF_150MAN, child);
        assertThat(c.incomeBand()).isEqualTo(IncomeBand.ELDERLY_OR_DISABLED);
        assertThat(codes(new IncomeLimitPolicy().evaluate(c))).containsExactly(code);
    }
}
