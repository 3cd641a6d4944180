package jp.kenpo.kennin.domain.eligibility;

import java.util.List;

/**
 * One named rule of dependent eligibility. Another insurer's system may add its own to the list
 * given to {@link EligibilityEngine#of(RuleSets, List)}.
 */
@FunctionalInterface
public interface EligibilityPolicy {
    /** Every finding of this rule; empty when it has nothing to say. */
    List<Reason> evaluate(EligibilityCase c);
}
