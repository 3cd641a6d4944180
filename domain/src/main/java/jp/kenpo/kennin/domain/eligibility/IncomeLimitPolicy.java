package jp.kenpo.kennin.domain.eligibility;

import java.util.List;

/**
 * Expected income must be under the limit of the dependent's band. The finding is always given,
 * within or over, so the member sees which limit was applied. When every income is stated per
 * month (a salary from payslips), the insurer's monthly figure judges it, as insurers publish it.
 */
public final class IncomeLimitPolicy implements EligibilityPolicy {
    @Override
    public List<Reason> evaluate(EligibilityCase c) {
        IncomeBand band = c.incomeBand();
        IncomeLimit limit = c.incomeLimit();
        DependentFacts dependent = c.dependent();
        if (statedMonthlyOnly(dependent)) {
            long monthly = dependent.incomes().stream().mapToLong(Income::yen).sum();
            return List.of(monthly < limit.monthly()
                    ? Reason.note("eligibility.income.withinMonthlyLimit", band, limit.monthly(), monthly)
                    : Reason.disqualifying("eligibility.income.overMonthlyLimit", band, limit.monthly(), monthly));
        }
        long annual = dependent.annualIncome();
        return List.of(annual < limit.annual()
                ? Reason.note("eligibility.income.withinAnnualLimit", band, limit.annual(), annual)
                : Reason.disqualifying("eligibility.income.overAnnualLimit", band, limit.annual(), annual));
    }

    private static boolean statedMonthlyOnly(DependentFacts dependent) {
        return !dependent.incomes().isEmpty() && !dependent.unemploymentBenefit().isReceiving()
                && dependent.incomes().stream().allMatch(i -> i.period() == Income.Period.MONTHLY);
    }
}
