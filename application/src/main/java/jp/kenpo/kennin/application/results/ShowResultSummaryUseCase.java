package jp.kenpo.kennin.application.results;

import java.util.Objects;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/** The board's summary of the current survey year, for the results page. Requires {@code EXPORT_RESULTS}. */
public interface ShowResultSummaryUseCase {
    ShowResultSummaryResult showResultSummary(SignedInStaff staff);

    sealed interface ShowResultSummaryResult {
        record Shown(ResultSummary summary) implements ShowResultSummaryResult {
            public Shown {
                Objects.requireNonNull(summary);
            }
        }

        record NoSurveyYear(int fiscalYear) implements ShowResultSummaryResult {
        }
    }
}
