package jp.kenpo.kennin.domain.eligibility;

import java.util.List;

/** The rules of domain.md §2, in the order their reasons are listed. */
public final class EligibilityPolicies {
    private EligibilityPolicies() {
    }

    public static List<EligibilityPolicy> all() {
        return List.of(
                new RelationshipPolicy(),
                new ResidencePolicy(),
                new DependentLateStageElderlyPolicy(),
                new MemberLateStageElderlyPolicy(),
                new OtherHealthInsurancePolicy(),
                new IncomeLimitPolicy(),
                new HalfOfMemberIncomePolicy(),
                new RemittancePolicy(),
                new UnemploymentBenefitPolicy());
    }
}
