package jp.kenpo.kennin.application.results;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.results.ResultSheetWriter.ResultSheet;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.survey.SurveyYear;

public final class ExportResultsService implements ExportResultsUseCase {
    private final LoadInsurerPort insurers;
    private final SurveyYearPort surveyYears;
    private final ResultRowsPort rows;
    private final ResultSheetWriter writer;
    private final AuditTrail audit;

    public ExportResultsService(LoadInsurerPort insurers, SurveyYearPort surveyYears, ResultRowsPort rows,
                                ResultSheetWriter writer, RecordAuditPort audit, Clock clock) {
        this.insurers = insurers;
        this.surveyYears = surveyYears;
        this.rows = rows;
        this.writer = writer;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public ExportResultsResult exportResults(ExportResultsCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.EXPORT_RESULTS);
        Insurer insurer = insurers.loadInsurer(command.staff().insurerCode())
                .orElseThrow(() -> new IllegalStateException("the signed-in staff member's insurer is missing"));
        Optional<SurveyYear> year = surveyYears.loadSurveyYear(insurer.code(), insurer.currentFiscalYear());
        if (year.isEmpty()) {
            return new ExportResultsResult.NoSurveyYear(insurer.currentFiscalYear());
        }
        ResultScope scope = ResultScope.of(year.get().scope(), year.get().referenceDate());
        long count;
        long replaced;
        try (ResultSheet sheet = writer.open(command.format(), command.target().open(insurer.currentFiscalYear()))) {
            count = rows.eachResult(insurer.code(), insurer.currentFiscalYear(), scope, sheet::write);
            replaced = sheet.cellsWithReplacedCharacters();
        } catch (RuntimeException e) {
            // Personal data may have left already: the attempt is on record even when it broke off.
            audit.staff(AuditAction.RESULTS_EXPORTED, command.staff(), command.client(), "year=" + insurer.currentFiscalYear()
                    + " format=" + command.format() + " failed=" + e.getClass().getSimpleName());
            throw e;
        }
        audit.staff(AuditAction.RESULTS_EXPORTED, command.staff(), command.client(), "year=" + insurer.currentFiscalYear()
                + " format=" + command.format() + " rows=" + count + " replacedCells=" + replaced);
        return new ExportResultsResult.Exported(insurer.currentFiscalYear(), count, replaced);
    }
}
