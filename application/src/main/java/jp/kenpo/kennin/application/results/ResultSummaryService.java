package jp.kenpo.kennin.application.results;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.results.ResultSummaryPort.OfficeStatusCount;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.survey.SurveyYear;

/** Both summary use cases: the page and the files read the same figures. */
public final class ResultSummaryService implements ShowResultSummaryUseCase, ExportResultSummaryUseCase {
    private final LoadInsurerPort insurers;
    private final SurveyYearPort surveyYears;
    private final ResultSummaryPort counts;
    private final SummaryReportWriter writer;
    private final AuditTrail audit;
    private final Clock clock;

    public ResultSummaryService(LoadInsurerPort insurers, SurveyYearPort surveyYears, ResultSummaryPort counts,
                                SummaryReportWriter writer, RecordAuditPort audit, Clock clock) {
        this.insurers = insurers;
        this.surveyYears = surveyYears;
        this.counts = counts;
        this.writer = writer;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public ShowResultSummaryResult showResultSummary(SignedInStaff staff) {
        StaffMayNot.check(staff, StaffPermission.EXPORT_RESULTS);
        Insurer insurer = insurerOf(staff);
        return summary(insurer).<ShowResultSummaryResult>map(ShowResultSummaryResult.Shown::new)
                .orElseGet(() -> new ShowResultSummaryResult.NoSurveyYear(insurer.currentFiscalYear()));
    }

    @Override
    public ExportResultSummaryResult exportResultSummary(ExportResultSummaryCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.EXPORT_RESULTS);
        Insurer insurer = insurerOf(command.staff());
        Optional<ResultSummary> summary = summary(insurer);
        if (summary.isEmpty()) {
            return new ExportResultSummaryResult.NoSurveyYear(insurer.currentFiscalYear());
        }
        writer.write(command.format(), summary.get(), command.target().open(insurer.currentFiscalYear()));
        audit.staff(AuditAction.RESULT_SUMMARY_EXPORTED, command.staff(), command.client(),
                "year=" + insurer.currentFiscalYear() + " format=" + command.format());
        return new ExportResultSummaryResult.Exported(insurer.currentFiscalYear());
    }

    private Insurer insurerOf(SignedInStaff staff) {
        return insurers.loadInsurer(staff.insurerCode())
                .orElseThrow(() -> new IllegalStateException("the signed-in staff member's insurer is missing"));
    }

    private Optional<ResultSummary> summary(Insurer insurer) {
        Optional<SurveyYear> year = surveyYears.loadSurveyYear(insurer.code(), insurer.currentFiscalYear());
        if (year.isEmpty()) {
            return Optional.empty();
        }
        List<OfficeStatusCount> rows = counts.progressCounts(insurer.code(), insurer.currentFiscalYear());
        Map<ProgressStatus, Long> totals = new EnumMap<>(ProgressStatus.class);
        // Offices in their names' order, so the report reads the same each time.
        Map<String, Map<ProgressStatus, Long>> offices = new TreeMap<>();
        for (OfficeStatusCount row : rows) {
            totals.merge(row.status(), row.members(), Long::sum);
            offices.computeIfAbsent(row.office(), o -> new EnumMap<>(ProgressStatus.class))
                    .merge(row.status(), row.members(), Long::sum);
        }
        return Optional.of(new ResultSummary(insurer.displayName(), insurer.currentFiscalYear(), year.get().title(),
                clock.instant(), totals, counts.finalRemovals(insurer.code(), insurer.currentFiscalYear()),
                offices.entrySet().stream().map(e -> new ResultSummary.Office(e.getKey(), e.getValue())).toList()));
    }
}
