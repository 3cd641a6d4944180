package jp.kenpo.kennin.adapters.reports;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.kenpo.kennin.application.results.ResultDecision;
import jp.kenpo.kennin.application.results.ResultFormat;
import jp.kenpo.kennin.application.results.ResultRow;
import jp.kenpo.kennin.application.results.ResultSheetWriter.ResultSheet;
import jp.kenpo.kennin.domain.review.RemovalReason;

/**
 * Run in a JVM with a small heap by {@link AMillionRowsNeverSitInMemoryTest}: writes {@code rows}
 * distinct rows in one format to a stream that keeps nothing, and prints the bytes written.
 */
public final class StreamingExportProbe {
    private StreamingExportProbe() {
    }

    public static void main(String[] args) {
        ResultFormat format = ResultFormat.valueOf(args[0]);
        int rows = Integer.parseInt(args[1]);
        long[] bytes = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        try (ResultSheet sheet = new ReportSheetWriter().open(format, sink)) {
            for (int i = 0; i < rows; i++) {
                // Every name different, as in a real roster: nothing may be cached per distinct string.
                sheet.write(new ResultRow(String.valueOf(i % 100), String.valueOf(i), String.valueOf(i % 5),
                        "山田 " + i + "子", "ヤマダ " + i, LocalDate.of(1950 + i % 60, 1 + i % 12, 1 + i % 28), "長女",
                        i % 3 == 0 ? ResultDecision.REMOVED : ResultDecision.UNDECIDED,
                        i % 3 == 0 ? Optional.of(LocalDate.of(2025, 7, 1)) : Optional.empty(),
                        i % 3 == 0 ? Optional.of(RemovalReason.EMPLOYED) : Optional.empty(), Optional.of("審査 " + i),
                        Optional.empty(), Optional.of(Instant.ofEpochSecond(1_750_000_000L + i))));
            }
        }
        System.out.println(bytes[0]);
    }
}
