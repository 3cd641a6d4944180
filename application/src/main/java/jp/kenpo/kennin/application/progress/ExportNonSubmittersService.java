package jp.kenpo.kennin.application.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyYear;

public final class ExportNonSubmittersService implements ExportNonSubmittersUseCase {
    private final LoadInsurerPort insurers;
    private final SurveyYearPort surveyYears;
    private final ProgressQueryPort progress;
    private final AuditTrail audit;
    private final Clock clock;

    public ExportNonSubmittersService(LoadInsurerPort insurers, SurveyYearPort surveyYears, ProgressQueryPort progress,
                                      RecordAuditPort audit, Clock clock) {
        this.insurers = insurers;
        this.surveyYears = surveyYears;
        this.progress = progress;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public ExportNonSubmittersResult exportNonSubmitters(ExportNonSubmittersCommand command) {
        Optional<ProgressScope> scope = ProgressScope.of(command.staff());
        Optional<SurveyYear> year = insurers.loadInsurer(command.staff().insurerCode())
                .flatMap(i -> surveyYears.loadSurveyYear(i.code(), i.currentFiscalYear()));
        if (scope.isEmpty() || year.isEmpty() || !scope.get().covers(command.office())) {
            return new ExportNonSubmittersResult.NotFound();
        }
        SurveyYear y = year.get();
        Instant now = clock.instant();
        List<NonSubmitter> rows = new ArrayList<>();
        progress.membersOf(y.insurer(), y.fiscalYear(), command.office(), ShowSurveyProgressUseCase.NOT_SUBMITTED, m -> {
            SurveyDeadline deadline = y.deadlineFor(m.extendedUntil().map(SurveyDeadline::new));
            ProgressStatus shown = m.status().notYetSubmitted() && deadline.isPast(now) ? ProgressStatus.EXPIRED : m.status();
            rows.add(new NonSubmitter(m.symbol(), m.number(), m.nameWritten(), m.nameKana(), shown));
        });
        audit.staff(AuditAction.NON_SUBMITTERS_EXPORTED, command.staff(), command.client(),
                "fiscalYear=" + y.fiscalYear() + " office=" + command.office() + " rows=" + rows.size());
        return new ExportNonSubmittersResult.Exported(command.office(), rows);
    }
}
