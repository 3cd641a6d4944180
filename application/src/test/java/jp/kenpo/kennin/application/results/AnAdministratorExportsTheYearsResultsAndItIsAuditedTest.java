package jp.kenpo.kennin.application.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import jp.kenpo.kennin.application.BackOfficeSetup;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.results.ExportResultSummaryUseCase.ExportResultSummaryCommand;
import jp.kenpo.kennin.application.results.ExportResultSummaryUseCase.ExportResultSummaryResult;
import jp.kenpo.kennin.application.results.ExportResultsUseCase.ExportResultsCommand;
import jp.kenpo.kennin.application.results.ExportResultsUseCase.ExportResultsResult;
import jp.kenpo.kennin.application.results.ShowResultSummaryUseCase.ShowResultSummaryResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.staff.StaffRole;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyScope;
import jp.kenpo.kennin.domain.survey.SurveyYear;
import org.junit.jupiter.api.Test;

class AnAdministratorExportsTheYearsResultsAndItIsAuditedTest {
    private final BackOfficeSetup office = new BackOfficeSetup();
    private final Insurer omron = office.system.insurer("omron", "オムロン健康保険組合", 2025);
    private final Insurer kobe = office.system.insurer("kobe", "神戸健康保険組合", 2025);
    private final FakeRows rows = new FakeRows();
    private final FakeSheets sheets = new FakeSheets();
    private final FakeSummaries summaries = new FakeSummaries();
    private final ExportResultsService export = new ExportResultsService(office.system.insurers, office.system.surveyYears,
            rows, sheets, office.system.audit, office.system.clock);
    private final ResultSummaryService summary = new ResultSummaryService(office.system.insurers, office.system.surveyYears,
            summaries, (format, s, out) -> summaries.written.add(format + " " + s.yearTitle()), office.system.audit,
            office.system.clock);

    private void openYear(Insurer insurer, SurveyScope scope) {
        office.system.surveyYears.saveSurveyYear(new SurveyYear(insurer.code(), 2025, "令和7年度 被扶養者資格確認調査",
                LocalDate.of(2025, 7, 1), new SurveyDeadline(LocalDate.of(2025, 8, 31)), LocalDate.of(2025, 4, 1), scope));
    }

    private static ResultRow row(String number) {
        return new ResultRow("12", number, "1", "山田 花子", "ヤマダ ハナコ", LocalDate.of(1985, 1, 1), "妻", ResultDecision.REMOVED,
                Optional.of(LocalDate.of(2025, 7, 1)), Optional.of(RemovalReason.EMPLOYED), Optional.of("審査 一郎"),
                Optional.empty(), Optional.of(Instant.parse("2025-07-05T01:00:00Z")));
    }

    @Test
    void theRowsOfTheInsurersCurrentYearAreWrittenInTheChosenFormatAndCountedInTheAudit() {
        openYear(omron, SurveyScope.agedAtLeast(18));
        rows.rows.put("omron", List.of(row("1"), row("2"), row("3")));
        rows.rows.put("kobe", List.of(row("9")));
        SignedInStaff admin = office.administrator(omron);

        List<Integer> opened = new ArrayList<>();
        ExportResultsResult result = export.exportResults(new ExportResultsCommand(admin, ResultFormat.CSV_WINDOWS_31J,
                year -> {
                    opened.add(year);
                    return new ByteArrayOutputStream();
                }, new ClientAddress("10.0.0.1")));

        assertThat(result).isEqualTo(new ExportResultsResult.Exported(2025, 3, 0));
        assertThat(opened).containsExactly(2025);
        assertThat(rows.asked).containsExactly("omron/2025/" + new ResultScope.BornOnOrBefore(LocalDate.of(2007, 4, 2),
                Optional.empty()));
        assertThat(sheets.written).extracting(ResultRow::number).containsExactly("1", "2", "3");
        assertThat(sheets.format).isEqualTo(ResultFormat.CSV_WINDOWS_31J);
        assertThat(sheets.closed).isTrue();
        assertThat(office.system.audit.withAction(AuditAction.RESULTS_EXPORTED)).singleElement().satisfies(e -> {
            assertThat(e.staffId()).contains(admin.id().value());
            assertThat(e.insurerCode()).isEqualTo("omron");
            assertThat(e.detail()).isEqualTo("year=2025 format=CSV_WINDOWS_31J rows=3 replacedCells=0");
        });
    }

    @Test
    void withoutASurveyYearNothingIsWritten() {
        List<Integer> opened = new ArrayList<>();
        ExportTarget target = year -> {
            opened.add(year);
            return new ByteArrayOutputStream();
        };
        ExportResultsResult result = export.exportResults(new ExportResultsCommand(office.administrator(kobe), ResultFormat.XLSX,
                target, ClientAddress.local()));
        ExportResultSummaryResult summaryResult = summary.exportResultSummary(new ExportResultSummaryCommand(
                office.administrator(kobe), SummaryFormat.PDF, target, ClientAddress.local()));

        assertThat(result).isEqualTo(new ExportResultsResult.NoSurveyYear(2025));
        assertThat(summaryResult).isEqualTo(new ExportResultSummaryResult.NoSurveyYear(2025));
        assertThat(sheets.format).isNull();
        assertThat(opened).as("nothing opened, so the web can still redirect").isEmpty();
    }

    @Test
    void onlyRolesWithTheExportPermissionMayExport() {
        openYear(omron, SurveyScope.all());
        for (StaffRole role : List.of(StaffRole.REVIEWER, StaffRole.HELP_DESK, StaffRole.EMPLOYER_CONTACT)) {
            SignedInStaff staff = office.staff(omron, role);
            assertThatThrownBy(() -> export.exportResults(new ExportResultsCommand(staff, ResultFormat.CSV_UTF8_BOM,
                    year -> new ByteArrayOutputStream(), ClientAddress.local()))).isInstanceOf(StaffMayNot.class);
            assertThatThrownBy(() -> summary.showResultSummary(staff)).isInstanceOf(StaffMayNot.class);
        }
        assertThat(rows.asked).isEmpty();
        assertThat(office.system.audit.withAction(AuditAction.RESULTS_EXPORTED)).isEmpty();
    }

    @Test
    void anExportThatBreaksOffIsStillOnRecord() {
        openYear(omron, SurveyScope.all());
        rows.failure = new IllegalStateException("connection lost");

        assertThatThrownBy(() -> export.exportResults(new ExportResultsCommand(office.administrator(omron), ResultFormat.XLSX,
                year -> new ByteArrayOutputStream(), ClientAddress.local()))).hasMessage("connection lost");
        assertThat(office.system.audit.withAction(AuditAction.RESULTS_EXPORTED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("year=2025 format=XLSX failed=IllegalStateException"));
        assertThat(sheets.closed).isTrue();
    }

    @Test
    void theSummaryAddsOfficesUpPerStatusAndListsEveryStatusAndReason() {
        openYear(omron, SurveyScope.all());
        summaries.counts = List.of(new ResultSummaryPort.OfficeStatusCount("本社", ProgressStatus.SUBMITTED, 3),
                new ResultSummaryPort.OfficeStatusCount("大阪支店", ProgressStatus.SUBMITTED, 2),
                new ResultSummaryPort.OfficeStatusCount("大阪支店", ProgressStatus.CONFIRMED, 5));
        summaries.removals = Map.of(RemovalReason.MARRIED, 4L);

        ShowResultSummaryResult shown = summary.showResultSummary(office.administrator(omron));

        ResultSummary s = ((ShowResultSummaryResult.Shown) shown).summary();
        assertThat(s.insurerName()).isEqualTo("オムロン健康保険組合");
        assertThat(s.yearTitle()).isEqualTo("令和7年度 被扶養者資格確認調査");
        assertThat(s.generatedAt()).isEqualTo(office.system.clock.instant());
        assertThat(s.totals()).containsEntry(ProgressStatus.SUBMITTED, 5L).containsEntry(ProgressStatus.CONFIRMED, 5L)
                .containsEntry(ProgressStatus.UNREGISTERED, 0L).doesNotContainKey(ProgressStatus.EXPIRED);
        assertThat(s.totalMembers()).isEqualTo(10);
        assertThat(s.removals()).hasSize(RemovalReason.values().length).containsEntry(RemovalReason.MARRIED, 4L);
        assertThat(s.offices()).extracting(ResultSummary.Office::name).containsExactly("大阪支店", "本社");
        assertThat(s.offices().get(0).total()).isEqualTo(7);
        assertThat(summaries.asked).containsOnly("omron/2025");
    }

    @Test
    void aSummaryFileIsWrittenAndAudited() {
        openYear(omron, SurveyScope.all());
        ExportResultSummaryResult result = summary.exportResultSummary(new ExportResultSummaryCommand(
                office.administrator(omron), SummaryFormat.PDF, year -> new ByteArrayOutputStream(), ClientAddress.local()));

        assertThat(result).isEqualTo(new ExportResultSummaryResult.Exported(2025));
        assertThat(summaries.written).containsExactly("PDF 令和7年度 被扶養者資格確認調査");
        assertThat(office.system.audit.withAction(AuditAction.RESULT_SUMMARY_EXPORTED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("year=2025 format=PDF"));
    }

    private static final class FakeRows implements ResultRowsPort {
        final Map<String, List<ResultRow>> rows = new java.util.HashMap<>();
        final List<String> asked = new ArrayList<>();
        RuntimeException failure;

        @Override
        public long eachResult(InsurerCode insurer, int fiscalYear, ResultScope scope, Consumer<ResultRow> row) {
            asked.add(insurer.value() + "/" + fiscalYear + "/" + scope);
            if (failure != null) {
                throw failure;
            }
            List<ResultRow> mine = rows.getOrDefault(insurer.value(), List.of());
            mine.forEach(row);
            return mine.size();
        }
    }

    private static final class FakeSheets implements ResultSheetWriter {
        final List<ResultRow> written = new ArrayList<>();
        ResultFormat format;
        boolean closed;

        @Override
        public ResultSheet open(ResultFormat format, OutputStream out) {
            this.format = format;
            return new ResultSheet() {
                @Override
                public void write(ResultRow row) {
                    written.add(row);
                }

                @Override
                public long cellsWithReplacedCharacters() {
                    return 0;
                }

                @Override
                public void close() {
                    closed = true;
                }
            };
        }
    }

    private static final class FakeSummaries implements ResultSummaryPort {
        List<OfficeStatusCount> counts = List.of();
        Map<RemovalReason, Long> removals = new EnumMap<>(RemovalReason.class);
        final List<String> asked = new ArrayList<>();
        final List<String> written = new ArrayList<>();

        @Override
        public List<OfficeStatusCount> progressCounts(InsurerCode insurer, int fiscalYear) {
            asked.add(insurer.value() + "/" + fiscalYear);
            return counts;
        }

        @Override
        public Map<RemovalReason, Long> finalRemovals(InsurerCode insurer, int fiscalYear) {
            asked.add(insurer.value() + "/" + fiscalYear);
            return removals;
        }
    }
}
