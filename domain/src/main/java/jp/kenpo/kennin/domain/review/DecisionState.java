package jp.kenpo.kennin.domain.review;

/** A decision is final at once, or waits for a second reviewer under the four-eyes rule. */
public enum DecisionState {
    PENDING_APPROVAL, FINAL
}
