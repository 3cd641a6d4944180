package jp.kenpo.kennin.domain.eligibility;

import java.util.List;

/** Living apart, the member's transfers over the year must exceed the dependent's own income. */
public final class RemittancePolicy implements EligibilityPolicy {
    @Override
    public List<Reason> evaluate(EligibilityCase c) {
        DependentFacts dependent = c.dependent();
        if (dependent.living().countsAsTogether()) {
            return List.of();
        }
        long own = dependent.annualIncome();
        if (dependent.annualRemittance().isEmpty()) {
            return List.of(Reason.review("eligibility.remittance.missing", own));
        }
        long remittance = dependent.annualRemittance().getAsLong();
        return own < remittance
                ? List.of() : List.of(Reason.disqualifying("eligibility.remittance.notAboveIncome", remittance, own));
    }
}
