package jp.kenpo.kennin.domain.eligibility;

import java.time.LocalDate;
import java.util.List;

/** Plain facts shared by the scenarios: a member well able to support a family, the national rules. */
final class Fixtures {
    static final LocalDate FIRST_DAY_OF_150MAN = LocalDate.of(2025, 10, 1);
    static final MemberFacts MEMBER = new MemberFacts(LocalDate.of(1975, 4, 10), 6_000_000);
    static final RuleSets JAPAN = RuleSets.japan();

    private Fixtures() {
    }

    static EligibilityCase judgedOn(LocalDate date, DependentFacts dependent) {
        return judgedOn(date, dependent, MEMBER);
    }

    static EligibilityCase judgedOn(LocalDate date, DependentFacts dependent, MemberFacts member) {
        return new EligibilityCase(dependent, member, date, JAPAN.inForceOn(date));
    }

    static EligibilityCase judgedUnder(RuleSets ruleSets, LocalDate date, DependentFacts dependent) {
        return new EligibilityCase(dependent, MEMBER, date, ruleSets.inForceOn(date));
    }

    static List<String> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }

    static Judgement judge(DependentFacts dependent, LocalDate date) {
        return EligibilityEngine.of(JAPAN).judge(dependent, MEMBER, date);
    }
}
