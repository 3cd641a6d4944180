package jp.kenpo.kennin.application.survey;

import java.util.Collection;
import java.util.List;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.review.ExtraDocumentRequest;
import jp.kenpo.kennin.domain.review.ReviewDecision;

/**
 * What staff's review tells the member's own pages: the extra documents staff asked for (lines of
 * the checklist) and the final decisions (the result on the main screen). A decision waiting for
 * a second reviewer is not the member's to see.
 */
public interface ReviewOutcomesPort {
    /** The requests for these dependents, oldest first. */
    List<ExtraDocumentRequest> extraRequestsOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents);

    /** The final decisions on these dependents (pending ones left out). */
    List<ReviewDecision> finalDecisionsOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents);

    /** For wiring and tests without a review. */
    static ReviewOutcomesPort none() {
        return new ReviewOutcomesPort() {
            @Override
            public List<ExtraDocumentRequest> extraRequestsOf(InsurerCode insurer, int fiscalYear,
                                                              Collection<DependentId> dependents) {
                return List.of();
            }

            @Override
            public List<ReviewDecision> finalDecisionsOf(InsurerCode insurer, int fiscalYear,
                                                         Collection<DependentId> dependents) {
                return List.of();
            }
        };
    }
}
