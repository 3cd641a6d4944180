package jp.kenpo.kennin.domain.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * Judges one dependent by every policy under the rule set in force on the judgement date. Pure:
 * no clock, no I/O, so any system can call it with plain objects.
 */
public final class EligibilityEngine {
    private final RuleSets ruleSets;
    private final List<EligibilityPolicy> policies;

    private EligibilityEngine(RuleSets ruleSets, List<EligibilityPolicy> policies) {
        this.ruleSets = Inputs.present(ruleSets, "ruleSets");
        this.policies = List.copyOf(Inputs.allPresent(policies, "policies"));
    }

    /** With {@link EligibilityPolicies#all()}. */
    public static EligibilityEngine of(RuleSets ruleSets) {
        return of(ruleSets, EligibilityPolicies.all());
    }

    public static EligibilityEngine of(RuleSets ruleSets, List<EligibilityPolicy> policies) {
        return new EligibilityEngine(ruleSets, policies);
    }

    /**
     * @param judgementDate the certification or survey reference date the answers are judged for
     * @throws jp.kenpo.kennin.domain.InvalidValueException when no rule set is in force on that
     *                                                      date or someone is born after it, and
     *                                                      {@code eligibility.input.missing} for a null argument
     */
    public Judgement judge(DependentFacts dependent, MemberFacts member, LocalDate judgementDate) {
        Inputs.present(dependent, "dependent");
        Inputs.present(member, "member");
        Inputs.present(judgementDate, "judgementDate");
        EligibilityCase c = new EligibilityCase(dependent, member, judgementDate, ruleSets.inForceOn(judgementDate));
        List<Reason> reasons = policies.stream().flatMap(p -> p.evaluate(c).stream()).toList();
        return Judgement.of(reasons, RequiredDocuments.of(c));
    }
}
