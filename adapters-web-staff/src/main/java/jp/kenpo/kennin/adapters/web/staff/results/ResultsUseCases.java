package jp.kenpo.kennin.adapters.web.staff.results;

import java.util.Objects;
import jp.kenpo.kennin.application.results.ExportResultSummaryUseCase;
import jp.kenpo.kennin.application.results.ExportResultsUseCase;
import jp.kenpo.kennin.application.results.ShowResultSummaryUseCase;

/** What the results pages call. */
public record ResultsUseCases(ExportResultsUseCase export, ShowResultSummaryUseCase summary,
                              ExportResultSummaryUseCase exportSummary) {
    public ResultsUseCases {
        Objects.requireNonNull(export);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(exportSummary);
    }
}
