package jp.kenpo.kennin.application.retention;

import java.time.Instant;
import java.time.LocalDate;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;

/**
 * How long proof documents are kept after their survey year closes. A year closes when its last
 * deadline ends (23:59:59 in Tokyo): the survey's own deadline or, when staff extended it for a
 * member, the latest such extension, whichever is later. There is no "closed" state in the data:
 * review and returns may go on after the deadline, which is why the retention is counted in months.
 *
 * @param months documents are purged once {@code months} months have passed since the close
 */
public record DocumentRetention(int months) {
    public DocumentRetention {
        if (months < 1) {
            throw new IllegalArgumentException("retention is at least one month");
        }
    }

    /** Whether a year whose last deadline day is {@code lastDeadline} has been closed longer than the retention at {@code now}. */
    public boolean isDue(LocalDate lastDeadline, Instant now) {
        return new SurveyDeadline(lastDeadline.plusMonths(months)).isPast(now);
    }
}
