package jp.kenpo.kennin.application.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.review.ReviewDecision;
import jp.kenpo.kennin.domain.staff.StaffId;

/** Staff's decisions per dependent and survey year; every change is one conditional write. */
public interface ReviewDecisionPort {
    Optional<ReviewDecision> loadDecision(InsurerCode insurer, int fiscalYear, DependentId dependent);

    List<ReviewDecision> decisionsOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents);

    /**
     * Stores the decision only while the dependent's response is submitted and no decision exists;
     * a final one also sets the response's status (CONFIRMED for 継続, REMOVED for 削除), in the
     * caller's transaction.
     *
     * @return false when the response is not submitted or a decision exists (nothing changed)
     */
    boolean decide(ReviewDecision decision);

    /**
     * Makes the pending decision final only while it is pending and {@code approver} is not its
     * decider (the SQL says so, not only the domain), and sets the response's status as {@link #decide} does.
     *
     * @return the approved decision, or empty when nothing was pending for another approver
     */
    Optional<ReviewDecision> approve(InsurerCode insurer, int fiscalYear, DependentId dependent, StaffId approver,
                                     Instant at);

    /** Deletes the decision only while it is pending approval; false when there was none pending. */
    boolean withdrawPending(InsurerCode insurer, int fiscalYear, DependentId dependent);
}
