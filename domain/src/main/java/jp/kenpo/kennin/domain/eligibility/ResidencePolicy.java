package jp.kenpo.kennin.domain.eligibility;

import java.util.List;

/** 国内居住要件: living abroad only for an accepted reason, which staff confirm from the proof. */
public final class ResidencePolicy implements EligibilityPolicy {
    @Override
    public List<Reason> evaluate(EligibilityCase c) {
        Residence residence = c.dependent().residence();
        if (residence.isAcceptedException()) {
            return List.of(Reason.review("eligibility.residence.abroadException", residence));
        }
        if (residence.isExcluded()) {
            return List.of(Reason.disqualifying(residence.isAbroad()
                    ? "eligibility.residence.abroad" : "eligibility.residence.excludedVisa", residence));
        }
        return List.of();
    }
}
