package jp.kenpo.kennin.domain.review;

import jp.kenpo.kennin.domain.eligibility.Judgement;

/**
 * The rules engine's 見込み on a response as it was handed to staff, kept with the response so
 * the review queue can filter on it without judging every response again.
 */
public enum Prospect {
    /** 継続可. */
    CONTINUE,
    /** 要確認. */
    NEEDS_REVIEW,
    /** 継続不可. */
    DISCONTINUE,
    /** The member declared the dependent no longer eligible (申立). */
    DECLARED_LOSS;

    public static Prospect of(Judgement judgement) {
        if (judgement instanceof Judgement.Discontinue) {
            return DISCONTINUE;
        }
        if (judgement instanceof Judgement.NeedsReview) {
            return NEEDS_REVIEW;
        }
        return CONTINUE;
    }

    /** How much a reviewer should look at it: the queue shows a member by their dependents' worst. */
    public static Prospect worst(Prospect a, Prospect b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
