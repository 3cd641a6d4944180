package jp.kenpo.kennin.application.results;

import java.io.OutputStream;

/** Writes the board's summary as a CSV file or an A4 PDF. */
public interface SummaryReportWriter {
    void write(SummaryFormat format, ResultSummary summary, OutputStream out);
}
