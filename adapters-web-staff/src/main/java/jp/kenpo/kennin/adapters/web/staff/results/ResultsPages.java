package jp.kenpo.kennin.adapters.web.staff.results;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.adapters.web.kit.ClientAddresses;
import jp.kenpo.kennin.adapters.web.kit.Flash;
import jp.kenpo.kennin.adapters.web.kit.Redirects;
import jp.kenpo.kennin.adapters.web.staff.StaffPage;
import jp.kenpo.kennin.adapters.web.staff.StaffPages;
import jp.kenpo.kennin.adapters.web.staff.StaffRequest;
import jp.kenpo.kennin.adapters.web.staff.StaffRouteTable;
import jp.kenpo.kennin.adapters.web.staff.StaffViews;
import jp.kenpo.kennin.application.results.ExportResultSummaryUseCase.ExportResultSummaryCommand;
import jp.kenpo.kennin.application.results.ExportResultSummaryUseCase.ExportResultSummaryResult;
import jp.kenpo.kennin.application.results.ExportResultsUseCase.ExportResultsCommand;
import jp.kenpo.kennin.application.results.ExportResultsUseCase.ExportResultsResult;
import jp.kenpo.kennin.application.results.ResultFormat;
import jp.kenpo.kennin.application.results.ResultSummary;
import jp.kenpo.kennin.application.results.ShowResultSummaryUseCase.ShowResultSummaryResult;
import jp.kenpo.kennin.application.results.SummaryFormat;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/**
 * 結果の出力 under /admin/results: the board's summary as a table, and downloads of the result
 * export for the core system (three formats) and of the summary (CSV, PDF). Downloads are GETs:
 * they change nothing, and each is audited by its use case. The files stream to the client as the
 * database hands over rows.
 */
public final class ResultsPages implements StaffPages {
    static final String RESULTS = "/admin/results";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ResultsUseCases useCases;
    private final ClientAddresses clients;
    private StaffViews views;

    public ResultsPages(ResultsUseCases useCases, ClientAddresses clients) {
        this.useCases = useCases;
        this.clients = clients;
    }

    @Override
    public void routes(StaffRouteTable table, StaffViews views) {
        this.views = views;
        table.get(RESULTS, StaffPermission.EXPORT_RESULTS, this::page);
        table.get(RESULTS + "/export", StaffPermission.EXPORT_RESULTS, this::export);
        table.get(RESULTS + "/summary.csv", StaffPermission.EXPORT_RESULTS, ctx -> summary(ctx, SummaryFormat.CSV));
        table.get(RESULTS + "/summary.pdf", StaffPermission.EXPORT_RESULTS, ctx -> summary(ctx, SummaryFormat.PDF));
    }

    @Override
    public List<StaffPage.MenuItem> menu() {
        return List.of(new StaffPage.MenuItem(RESULTS, "results.menu", Optional.of(StaffPermission.EXPORT_RESULTS)));
    }

    private void page(Context ctx) {
        ShowResultSummaryResult result = useCases.summary().showResultSummary(StaffRequest.staff(ctx));
        Map<String, Object> model = new HashMap<>();
        model.put("summary", result instanceof ShowResultSummaryResult.Shown shown ? shown.summary() : null);
        model.put("noSurveyYear", result instanceof ShowResultSummaryResult.NoSurveyYear none ? none.fiscalYear() : null);
        model.put("formats", Arrays.asList(ResultFormat.values()));
        model.put("statuses", ResultSummary.STATUSES);
        model.put("reasons", Arrays.asList(RemovalReason.values()));
        views.render(ctx, "results/results.jte", "results.title", model);
    }

    private void export(Context ctx) {
        Optional<ResultFormat> chosen = format(ctx.queryParam("format"));
        if (chosen.isEmpty()) {
            // Not a link the page offers: back to the page and its choices.
            Redirects.seeOther(ctx, RESULTS);
            return;
        }
        ResultFormat format = chosen.get();
        Download download = new Download(ctx, contentType(format), year -> views.messages().text("results.file",
                String.valueOf(year)) + (format == ResultFormat.XLSX ? ".xlsx" : ".csv"));
        ExportResultsResult result = useCases.export().exportResults(new ExportResultsCommand(StaffRequest.staff(ctx), format,
                download, clients.of(ctx)));
        if (result instanceof ExportResultsResult.NoSurveyYear none) {
            noSurveyYear(ctx, none.fiscalYear());
            return;
        }
        download.finish();
    }

    private void summary(Context ctx, SummaryFormat format) {
        Download download = new Download(ctx, format == SummaryFormat.PDF ? "application/pdf" : "text/csv; charset=UTF-8",
                year -> views.messages().text("results.summaryFile", String.valueOf(year))
                        + (format == SummaryFormat.PDF ? ".pdf" : ".csv"));
        ExportResultSummaryResult result = useCases.exportSummary().exportResultSummary(new ExportResultSummaryCommand(
                StaffRequest.staff(ctx), format, download, clients.of(ctx)));
        if (result instanceof ExportResultSummaryResult.NoSurveyYear none) {
            noSurveyYear(ctx, none.fiscalYear());
            return;
        }
        download.finish();
    }

    private void noSurveyYear(Context ctx, int fiscalYear) {
        StaffRequest.flash(ctx, Flash.error("results.noSurveyYear", String.valueOf(fiscalYear)));
        Redirects.seeOther(ctx, RESULTS);
    }

    private static Optional<ResultFormat> format(String raw) {
        return Arrays.stream(ResultFormat.values()).filter(f -> f.name().equals(raw)).findFirst();
    }

    static String contentType(ResultFormat format) {
        return switch (format) {
            case CSV_WINDOWS_31J -> "text/csv; charset=Windows-31J";
            case CSV_UTF8_BOM -> "text/csv; charset=UTF-8";
            case XLSX -> XLSX_TYPE;
        };
    }
}
