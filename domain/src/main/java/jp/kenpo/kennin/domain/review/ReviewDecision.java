package jp.kenpo.kennin.domain.review;

import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.StaffId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Staff's decision on one dependent in one survey year, with who made it and when, and, under
 * the four-eyes rule, who approved it. A removal always has its loss date and reason; a
 * continuation has neither.
 */
public record ReviewDecision(InsurerCode insurer, int fiscalYear, DependentId dependent, DecisionOutcome outcome,
                             Optional<LocalDate> lossDate, Optional<RemovalReason> removalReason,
                             StaffId decidedBy, Instant decidedAt, DecisionState state,
                             Optional<StaffId> approvedBy, Optional<Instant> approvedAt) {
    public ReviewDecision {
        Objects.requireNonNull(insurer);
        Objects.requireNonNull(dependent);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(lossDate);
        Objects.requireNonNull(removalReason);
        Objects.requireNonNull(decidedBy);
        Objects.requireNonNull(decidedAt);
        Objects.requireNonNull(state);
        Objects.requireNonNull(approvedBy);
        Objects.requireNonNull(approvedAt);
        if (outcome == DecisionOutcome.REMOVE && lossDate.isEmpty()) {
            throw new InvalidValueException("review.decision.lossDateRequired");
        }
        if (outcome == DecisionOutcome.REMOVE && removalReason.isEmpty()) {
            throw new InvalidValueException("review.decision.reasonRequired");
        }
        if (outcome == DecisionOutcome.CONTINUE && (lossDate.isPresent() || removalReason.isPresent())) {
            throw new InvalidValueException("review.decision.continueWithLoss");
        }
        if (approvedBy.isPresent() != approvedAt.isPresent()) {
            throw new InvalidValueException("review.decision.approvalIncomplete");
        }
        if (approvedBy.isPresent() && approvedBy.get().equals(decidedBy)) {
            throw new InvalidValueException("review.decision.ownApproval");
        }
    }

    /** 継続, final at once unless the insurer's four-eyes rule asks for approval. */
    public static ReviewDecision continuing(InsurerCode insurer, int fiscalYear, DependentId dependent, StaffId by,
                                            Instant at, FourEyesRule rule) {
        return new ReviewDecision(insurer, fiscalYear, dependent, DecisionOutcome.CONTINUE, Optional.empty(),
                Optional.empty(), by, at, stateFor(rule, DecisionOutcome.CONTINUE), Optional.empty(), Optional.empty());
    }

    /**
     * 削除 from {@code lossDate}.
     *
     * @throws InvalidValueException {@code review.decision.lossDateRequired} / {@code reasonRequired}
     */
    public static ReviewDecision removing(InsurerCode insurer, int fiscalYear, DependentId dependent, LocalDate lossDate,
                                          RemovalReason reason, StaffId by, Instant at, FourEyesRule rule) {
        return new ReviewDecision(insurer, fiscalYear, dependent, DecisionOutcome.REMOVE,
                Optional.ofNullable(lossDate), Optional.ofNullable(reason), by, at,
                stateFor(rule, DecisionOutcome.REMOVE), Optional.empty(), Optional.empty());
    }

    /**
     * The second reviewer's approval makes it final.
     *
     * @throws InvalidValueException {@code review.decision.ownApproval} when the approver made it
     * @throws IllegalStateException when it is final already
     */
    public ReviewDecision approvedBy(StaffId approver, Instant at) {
        if (state != DecisionState.PENDING_APPROVAL) {
            throw new IllegalStateException("not waiting for approval: " + dependent);
        }
        return new ReviewDecision(insurer, fiscalYear, dependent, outcome, lossDate, removalReason, decidedBy, decidedAt,
                DecisionState.FINAL, Optional.of(approver), Optional.of(at));
    }

    public boolean isFinal() {
        return state == DecisionState.FINAL;
    }

    private static DecisionState stateFor(FourEyesRule rule, DecisionOutcome outcome) {
        return Objects.requireNonNull(rule).needsApproval(outcome) ? DecisionState.PENDING_APPROVAL : DecisionState.FINAL;
    }
}
