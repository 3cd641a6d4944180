package jp.kenpo.kennin.domain.eligibility;

import java.util.List;

/** A person insured elsewhere (own employer, 国保, ...) cannot also be a dependent here. */
public final class OtherHealthInsurancePolicy implements EligibilityPolicy {
    @Override
    public List<Reason> evaluate(EligibilityCase c) {
        return c.dependent().hasOtherHealthInsurance()
                ? List.of(Reason.disqualifying("eligibility.otherHealthInsurance")) : List.of();
    }
}
