package jp.kenpo.kennin.domain.eligibility;

import java.time.LocalDate;
import java.util.List;

/** From their 75th birthday a person is insured by 後期高齢者医療 and cannot be a dependent. */
public final class DependentLateStageElderlyPolicy implements EligibilityPolicy {
    @Override
    public List<Reason> evaluate(EligibilityCase c) {
        LocalDate from = Ages.birthday(c.dependent().birthDate(), c.rules().lateStageAge());
        return from.isAfter(c.judgementDate())
                ? List.of() : List.of(Reason.disqualifying("eligibility.dependent.lateStageElderly", from));
    }
}
