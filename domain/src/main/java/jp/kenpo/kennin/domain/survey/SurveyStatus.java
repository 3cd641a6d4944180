package jp.kenpo.kennin.domain.survey;

import java.util.Collection;

/** Where a member stands with this year's survey, as the main screen shows it. */
public enum SurveyStatus {
    NOT_STARTED, IN_PROGRESS, SUBMITTED, RETURNED, CONFIRMED;

    /**
     * The member's survey as a whole, from each dependent's: anything sent back needs the member
     * first; it is submitted only when every response is with staff, confirmed when staff have
     * confirmed them all, not started while nothing was touched, and in progress otherwise.
     */
    public static SurveyStatus overall(Collection<SurveyStatus> perDependent) {
        if (perDependent.contains(RETURNED)) {
            return RETURNED;
        }
        if (!perDependent.isEmpty() && perDependent.stream().allMatch(s -> s == CONFIRMED)) {
            return CONFIRMED;
        }
        if (!perDependent.isEmpty() && perDependent.stream().allMatch(s -> s == SUBMITTED || s == CONFIRMED)) {
            return SUBMITTED;
        }
        if (perDependent.stream().allMatch(s -> s == NOT_STARTED)) {
            return NOT_STARTED;
        }
        return IN_PROGRESS;
    }
}
