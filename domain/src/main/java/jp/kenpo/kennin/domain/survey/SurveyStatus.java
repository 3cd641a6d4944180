package jp.kenpo.kennin.domain.survey;

import java.util.Collection;

/** Where a member stands with this year's survey, as the main screen shows it. */
public enum SurveyStatus {
    NOT_STARTED, IN_PROGRESS, SUBMITTED, RETURNED,
    /** Staff decided 継続 (確認完了). */
    CONFIRMED,
    /** Staff decided 削除: the dependent loses status (the decision holds the date and reason). */
    REMOVED;

    /** Staff's decision on it is final: 継続 or 削除. */
    public boolean decided() {
        return this == CONFIRMED || this == REMOVED;
    }

    /**
     * The member's survey as a whole, from each dependent's: anything sent back needs the member
     * first; it is submitted only when every response is with staff, confirmed when staff have
     * decided on them all (継続 or 削除: the main screen shows each dependent's result), not started while nothing was touched, and in progress otherwise.
     */
    public static SurveyStatus overall(Collection<SurveyStatus> perDependent) {
        if (perDependent.contains(RETURNED)) {
            return RETURNED;
        }
        if (!perDependent.isEmpty() && perDependent.stream().allMatch(SurveyStatus::decided)) {
            return CONFIRMED;
        }
        if (!perDependent.isEmpty() && perDependent.stream().allMatch(s -> s == SUBMITTED || s.decided())) {
            return SUBMITTED;
        }
        if (perDependent.stream().allMatch(s -> s == NOT_STARTED)) {
            return NOT_STARTED;
        }
        return IN_PROGRESS;
    }
}
