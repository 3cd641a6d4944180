package jp.kenpo.kennin.domain.review;

/** What staff decided on one dependent for the survey year. */
public enum DecisionOutcome {
    /** 継続: still a dependent; the response becomes 確認完了. */
    CONTINUE,
    /** 削除: loses dependent status from a loss date, for a reason. */
    REMOVE
}
