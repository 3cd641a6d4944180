package jp.kenpo.kennin.adapters.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.application.results.ResultSummary;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.text.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The board's summary as one CSV file for Excel (UTF-8 with BOM, CRLF): the title lines, the
 * members per 事業所 and status with a total row, then the final removals per reason. Office
 * names come from rosters, so every cell is neutralised.
 */
final class SummaryCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ReportTexts texts;

    SummaryCsv(ReportTexts texts) {
        this.texts = texts;
    }

    void write(ResultSummary summary, OutputStream out) throws IOException {
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(new Unclosed(out), StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            print(csv, List.of(texts.text("summary.title")));
            print(csv, List.of(summary.insurerName(), texts.text("summary.year", String.valueOf(summary.fiscalYear()),
                    summary.yearTitle())));
            print(csv, List.of(texts.text("summary.generatedAt", SummaryPdf.generatedAt(summary))));
            csv.println();
            List<String> header = new ArrayList<>();
            header.add(texts.text("summary.office"));
            ResultSummary.STATUSES.forEach(s -> header.add(texts.status(s)));
            header.add(texts.text("summary.total"));
            print(csv, header);
            for (ResultSummary.Office office : summary.offices()) {
                print(csv, countsRow(office.name(), office.counts().values().stream().toList(), office.total()));
            }
            print(csv, countsRow(texts.text("summary.total"), summary.totals().values().stream().toList(),
                    summary.totalMembers()));
            csv.println();
            print(csv, List.of(texts.text("summary.reason"), texts.text("summary.count")));
            for (RemovalReason reason : RemovalReason.values()) {
                print(csv, List.of(texts.reason(reason), String.valueOf(summary.removals().get(reason))));
            }
            print(csv, List.of(texts.text("summary.total"), String.valueOf(summary.totalRemovals())));
        }
    }

    private static List<String> countsRow(String name, List<Long> counts, long total) {
        List<String> row = new ArrayList<>();
        row.add(name);
        counts.forEach(c -> row.add(String.valueOf(c)));
        row.add(String.valueOf(total));
        return row;
    }

    private static void print(CSVPrinter csv, List<String> cells) throws IOException {
        csv.printRecord(cells.stream().map(SpreadsheetText::neutralise).toList());
    }

}
