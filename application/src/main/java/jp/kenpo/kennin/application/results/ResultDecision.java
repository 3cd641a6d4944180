package jp.kenpo.kennin.application.results;

import java.util.Optional;
import jp.kenpo.kennin.domain.review.DecisionOutcome;
import jp.kenpo.kennin.domain.review.DecisionState;

/**
 * Where a dependent's decision stands for the export. Only a final decision is a result the core
 * system may act on; one waiting for the second reviewer is shown as such, without loss date or
 * reason, so a system reading columns by position never removes a dependent nobody approved yet.
 */
public enum ResultDecision {
    /** 継続. */
    CONTINUED,
    /** 削除. */
    REMOVED,
    /** 承認待ち: decided, waiting for a second reviewer (four-eyes rule). */
    PENDING_APPROVAL,
    /** 未決定. */
    UNDECIDED;

    public static ResultDecision of(Optional<DecisionOutcome> outcome, Optional<DecisionState> state) {
        if (outcome.isEmpty()) {
            return UNDECIDED;
        }
        if (state.orElseThrow() != DecisionState.FINAL) {
            return PENDING_APPROVAL;
        }
        return outcome.get() == DecisionOutcome.REMOVE ? REMOVED : CONTINUED;
    }

    public boolean isFinal() {
        return this == CONTINUED || this == REMOVED;
    }
}
