package jp.kenpo.kennin.domain.eligibility;

import java.util.List;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.eligibility.Reason.Severity;

/**
 * The preliminary judgement (見込み) on one dependent, with every reason every rule found (not
 * only the deciding one) and the documents the survey should ask for. Staff make the decision.
 */
public sealed interface Judgement {
    List<Reason> reasons();

    List<RequiredDocument> documents();

    /** The worst reason decides: one disqualifying reason makes it 継続不可 whatever else was found. */
    static Judgement of(List<Reason> reasons, List<RequiredDocument> documents) {
        Inputs.allPresent(reasons, "reasons");
        Inputs.allPresent(documents, "documents");
        if (has(reasons, Severity.DISQUALIFYING)) {
            return new Discontinue(reasons, documents);
        }
        if (has(reasons, Severity.REVIEW)) {
            return new NeedsReview(reasons, documents);
        }
        return new Continue(reasons, documents);
    }

    private static boolean has(List<Reason> reasons, Severity severity) {
        return reasons.stream().anyMatch(r -> r.severity() == severity);
    }

    /** 継続可: only notes. */
    record Continue(List<Reason> reasons, List<RequiredDocument> documents) implements Judgement {
        public Continue {
            reasons = List.copyOf(reasons);
            documents = List.copyOf(documents);
            if (has(reasons, Severity.REVIEW) || has(reasons, Severity.DISQUALIFYING)) {
                throw new InvalidValueException("eligibility.judgement.inconsistent");
            }
        }
    }

    /** 要確認: staff must look, nothing disqualifies. */
    record NeedsReview(List<Reason> reasons, List<RequiredDocument> documents) implements Judgement {
        public NeedsReview {
            reasons = List.copyOf(reasons);
            documents = List.copyOf(documents);
            if (!has(reasons, Severity.REVIEW) || has(reasons, Severity.DISQUALIFYING)) {
                throw new InvalidValueException("eligibility.judgement.inconsistent");
            }
        }
    }

    /** 継続不可: at least one disqualifying reason. */
    record Discontinue(List<Reason> reasons, List<RequiredDocument> documents) implements Judgement {
        public Discontinue {
            reasons = List.copyOf(reasons);
            documents = List.copyOf(documents);
            if (!has(reasons, Severity.DISQUALIFYING)) {
                throw new InvalidValueException("eligibility.judgement.inconsistent");
            }
        }
    }
}
