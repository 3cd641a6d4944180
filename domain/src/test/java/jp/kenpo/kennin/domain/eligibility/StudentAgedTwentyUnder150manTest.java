package jp.kenpo.kennin.domain.eligibility;

import static jp.kenpo.kennin.domain.eligibility.Fixtures.FIRST_DAY_OF_150MAN;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.codes;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judge;
import static jp.kenpo.kennin.domain.eligibility.Fixtures.judgedOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentAgedTwentyUnder150manTest {
    private static final LocalDate BORN = LocalDate.of(2005, 6, 15);

    private static DependentFacts student(long salary) {
        return DependentFacts.of(Relationship.CHILD, BORN, Living.TOGETHER).asStudent()
                .withIncome(Income.annual(IncomeKind.SALARY, salary));
    }

    @ParameterizedTest(name = "[{index}] judged {0}, salary {1}: {2}")
    @CsvSource({
            "2025-10-01, 1499999, eligibility.income.withinAnnualLimit, YOUNG_ADULT, 1500000",
            "2025-10-01, 1500000, eligibility.income.overAnnualLimit,   YOUNG_ADULT, 1500000",
            "2025-09-30, 1299999, eligibility.income.withinAnnualLimit, STANDARD,    1300000",
            "2025-09-30, 1300000, eligibility.income.overAnnualLimit,   STANDARD,    1300000",
    })
    void theLimitDependsOnTheJudgementDate(LocalDate date, long salary, String code, IncomeBand band, long limit) {
        assertThat(new IncomeLimitPolicy().evaluate(judgedOn(date, student(salary)))).singleElement()
                .satisfies(r -> {
                    assertThat(r.code()).isEqualTo(code);
                    assertThat(r.args()).containsExactly(band, limit, salary);
                });
    }

    @Test
    void beingAStudentDoesNotMatter() {
        DependentFacts working = DependentFacts.of(Relationship.CHILD, BORN, Living.TOGETHER)
                .withIncome(Income.annual(IncomeKind.SALARY, 1_499_999));
        assertThat(codes(new IncomeLimitPolicy().evaluate(judgedOn(FIRST_DAY_OF_150MAN, working))))
                .containsExactly("eligibility.income.withinAnnualLimit");
    }

    @Test
    void aStudentEarning140manContinuesFromOctober2025() {
        Judgement judgement = judge(student(1_400_000), FIRST_DAY_OF_150MAN);
        assertThat(judgement).isInstanceOf(Judgement.Continue.class);
        assertThat(judge(student(1_400_000), FIRST_DAY_OF_150MAN.minusDays(1))).isInstanceOf(Judgement.Discontinue.class);
    }
}
