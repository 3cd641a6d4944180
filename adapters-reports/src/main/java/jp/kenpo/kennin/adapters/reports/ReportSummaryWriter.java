package jp.kenpo.kennin.adapters.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import jp.kenpo.kennin.application.results.ResultSummary;
import jp.kenpo.kennin.application.results.SummaryFormat;
import jp.kenpo.kennin.application.results.SummaryReportWriter;

/** {@link SummaryReportWriter}: the board's summary as CSV or as an A4 PDF. */
public final class ReportSummaryWriter implements SummaryReportWriter {
    private final ReportTexts texts = new ReportTexts();
    private final SummaryCsv csv = new SummaryCsv(texts);
    private final SummaryPdf pdf = new SummaryPdf(texts);

    @Override
    public void write(SummaryFormat format, ResultSummary summary, OutputStream out) {
        try {
            switch (format) {
                case CSV -> csv.write(summary, out);
                case PDF -> pdf.write(summary, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
