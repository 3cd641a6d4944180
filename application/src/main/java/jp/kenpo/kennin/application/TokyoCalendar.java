package jp.kenpo.kennin.application;

import java.time.Clock;
import java.time.LocalDate;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;

/**
 * Dates the members and insurers see are Japanese dates, whatever zone the server's clock is in:
 * "today" changes at midnight in Tokyo.
 */
public final class TokyoCalendar {
    private TokyoCalendar() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), SurveyDeadline.TOKYO);
    }
}
