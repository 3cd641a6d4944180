package jp.kenpo.kennin.domain.eligibility;

import java.util.List;

/** Only relatives the law names may be dependents, some of them only within the member's household. */
public final class RelationshipPolicy implements EligibilityPolicy {
    @Override
    public List<Reason> evaluate(EligibilityCase c) {
        Relationship relationship = c.dependent().relationship();
        if (!relationship.isInScope()) {
            return List.of(Reason.disqualifying("eligibility.relationship.outOfScope", relationship));
        }
        if (relationship.requiresCohabitation() && !c.dependent().living().countsAsTogether()) {
            return List.of(Reason.disqualifying("eligibility.relationship.cohabitationRequired", relationship,
                    c.dependent().living()));
        }
        return List.of();
    }
}
