package jp.kenpo.kennin.domain.eligibility;

import static jp.kenpo.kennin.domain.eligibility.Fixtures.judgedOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A spouse of 45: 130万 a year, or 108,334 a month (未満) when everything is stated monthly. */
class StandardLimitOf130manTest {
    private static final LocalDate JUDGED = LocalDate.of(2025, 10, 1);

    static Stream<Arguments> incomes() {
        return Stream.of(
                Arguments.of("annual salary just under", List.of(Income.annual(IncomeKind.SALARY, 1_299_999)),
                        Reason.note("eligibility.income.withinAnnualLimit", IncomeBand.STANDARD, 1_300_000L, 1_299_999L)),
                Arguments.of("annual salary at the limit", List.of(Income.annual(IncomeKind.SALARY, 1_300_000)),
                        Reason.disqualifying("eligibility.income.overAnnualLimit", IncomeBand.STANDARD, 1_300_000L,
                                1_300_000L)),
                Arguments.of("monthly salary 108,333", List.of(Income.monthly(IncomeKind.SALARY, 108_333)),
                        Reason.note("eligibility.income.withinMonthlyLimit", IncomeBand.STANDARD, 108_334L, 108_333L)),
                Arguments.of("monthly salary 108,334", List.of(Income.monthly(IncomeKind.SALARY, 108_334)),
                        Reason.disqualifying("eligibility.income.overMonthlyLimit", IncomeBand.STANDARD, 108_334L,
                                108_334L)),
                Arguments.of("monthly and annual are annualised together",
                        List.of(Income.monthly(IncomeKind.SALARY, 100_000), Income.annual(IncomeKind.OTHER, 100_000)),
                        Reason.disqualifying("eligibility.income.overAnnualLimit", IncomeBand.STANDARD, 1_300_000L,
                                1_300_000L)),
                Arguments.of("every kind counts",
                        List.of(Income.annual(IncomeKind.SALARY, 600_000), Income.annual(IncomeKind.PUBLIC_PENSION, 300_000),
                                Income.annual(IncomeKind.PUBLIC_PENSION, 200_000),
                                Income.annual(IncomeKind.BUSINESS, 100_000),
                                Income.annual(IncomeKind.SICKNESS_OR_MATERNITY_ALLOWANCE, 99_999)),
                        Reason.note("eligibility.income.withinAnnualLimit", IncomeBand.STANDARD, 1_300_000L, 1_299_999L)),
                Arguments.of("no income", List.of(),
                        Reason.note("eligibility.income.withinAnnualLimit", IncomeBand.STANDARD, 1_300_000L, 0L)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("incomes")
    void incomeAgainstTheStandardLimit(String scenario, List<Income> incomes, Reason expected) {
        DependentFacts spouse = DependentFacts.of(Relationship.SPOUSE, LocalDate.of(1980, 7, 7), Living.TOGETHER);
        for (Income income : incomes) {
            spouse = spouse.withIncome(income);
        }
        assertThat(new IncomeLimitPolicy().evaluate(judgedOn(JUDGED, spouse))).containsExactly(expected);
    }
}
