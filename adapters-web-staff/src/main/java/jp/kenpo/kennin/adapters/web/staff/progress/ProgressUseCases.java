package jp.kenpo.kennin.adapters.web.staff.progress;

import java.util.Objects;
import jp.kenpo.kennin.application.progress.ExportNonSubmittersUseCase;
import jp.kenpo.kennin.application.progress.ShowSurveyProgressUseCase;

/** What the dashboard pages call. */
public record ProgressUseCases(ShowSurveyProgressUseCase show, ExportNonSubmittersUseCase exportNonSubmitters) {
    public ProgressUseCases {
        Objects.requireNonNull(show);
        Objects.requireNonNull(exportNonSubmitters);
    }
}
