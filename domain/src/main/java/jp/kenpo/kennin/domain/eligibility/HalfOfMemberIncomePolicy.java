package jp.kenpo.kennin.domain.eligibility;

import java.util.List;

/**
 * Living together, the dependent's income must be under half of the member's. From half up to the
 * member's own income staff may still accept that the member keeps the household (昭和52年
 * 通知), so it is flagged, not refused; above the member's income it is refused.
 */
public final class HalfOfMemberIncomePolicy implements EligibilityPolicy {
    @Override
    public List<Reason> evaluate(EligibilityCase c) {
        if (!c.dependent().living().countsAsTogether()) {
            return List.of();
        }
        long own = c.dependent().annualIncome();
        long member = c.member().expectedAnnualIncome();
        if (own * 2 < member) {
            return List.of();
        }
        return List.of(own <= member
                ? Reason.review("eligibility.income.atLeastHalfOfMember", own, member)
                : Reason.disqualifying("eligibility.income.aboveMember", own, member));
    }
}
