package jp.kenpo.kennin.adapters.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kenpo.kennin.application.results.ResultRow;
import jp.kenpo.kennin.application.results.ResultSheetWriter.ResultSheet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The result export as CSV with CRLF lines ({@link CSVFormat#EXCEL}), in Windows-31J or in UTF-8
 * with a byte-order mark. Rows go through a buffered writer straight to the response.
 */
final class CsvResultSheet implements ResultSheet {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ResultCells cells;
    private final Windows31J windows31J;
    private final CSVPrinter printer;

    private CsvResultSheet(ResultCells cells, Windows31J windows31J, Writer writer) throws IOException {
        this.cells = cells;
        this.windows31J = windows31J;
        this.printer = new CSVPrinter(writer, CSVFormat.EXCEL);
        record(cells.header());
    }

    static CsvResultSheet windows31J(ResultCells cells, OutputStream out) {
        try {
            return new CsvResultSheet(cells, new Windows31J(), new OutputStreamWriter(new Unclosed(out), Windows31J.strictEncoder()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvResultSheet utf8WithBom(ResultCells cells, OutputStream out) {
        try {
            out.write(BOM);
            return new CsvResultSheet(cells, null, new OutputStreamWriter(new Unclosed(out), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(ResultRow row) {
        record(cells.of(row));
    }

    private void record(List<String> values) {
        try {
            printer.printRecord(windows31J == null ? values : values.stream().map(windows31J::fit).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long cellsWithReplacedCharacters() {
        return windows31J == null ? 0 : windows31J.replacedCells();
    }

    /** Flushes what is left; the response stream itself belongs to the caller. */
    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
