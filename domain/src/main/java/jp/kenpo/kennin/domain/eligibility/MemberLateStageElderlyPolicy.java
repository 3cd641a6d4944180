package jp.kenpo.kennin.domain.eligibility;

import java.time.LocalDate;
import java.util.List;

/** A member who turns 75 leaves this insurance, and every dependent with them. */
public final class MemberLateStageElderlyPolicy implements EligibilityPolicy {
    @Override
    public List<Reason> evaluate(EligibilityCase c) {
        LocalDate from = Ages.birthday(c.member().birthDate(), c.rules().lateStageAge());
        return from.isAfter(c.judgementDate())
                ? List.of() : List.of(Reason.disqualifying("eligibility.member.lateStageElderly", from));
    }
}
