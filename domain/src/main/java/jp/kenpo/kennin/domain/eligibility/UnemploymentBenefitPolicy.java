package jp.kenpo.kennin.domain.eligibility;

import java.util.List;

/**
 * While 基本手当 is paid at a daily amount at or over the band's daily limit the person is not a
 * dependent. Waiting or deferred, they still are, but the member must report when payment starts.
 */
public final class UnemploymentBenefitPolicy implements EligibilityPolicy {
    @Override
    public List<Reason> evaluate(EligibilityCase c) {
        UnemploymentBenefit benefit = c.dependent().unemploymentBenefit();
        if (benefit.isPending()) {
            return List.of(Reason.note("eligibility.unemployment.reportWhenPaid", benefit.state()));
        }
        long dailyLimit = c.incomeLimit().daily();
        if (benefit.isReceiving() && benefit.dailyAmount() >= dailyLimit) {
            return List.of(Reason.disqualifying("eligibility.unemployment.overDailyLimit", c.incomeBand(), dailyLimit,
                    benefit.dailyAmount()));
        }
        return List.of();
    }
}
