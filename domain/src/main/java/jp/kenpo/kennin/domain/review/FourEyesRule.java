package jp.kenpo.kennin.domain.review;

/** The insurer's setting: which decisions need a second reviewer's approval before they are final. */
public enum FourEyesRule {
    NONE, REMOVALS, ALL;

    public boolean needsApproval(DecisionOutcome outcome) {
        return switch (this) {
            case NONE -> false;
            case REMOVALS -> outcome == DecisionOutcome.REMOVE;
            case ALL -> true;
        };
    }
}
