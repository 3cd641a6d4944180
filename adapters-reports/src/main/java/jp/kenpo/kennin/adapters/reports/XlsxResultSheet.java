package jp.kenpo.kennin.adapters.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import jp.kenpo.kennin.application.results.ResultRow;
import jp.kenpo.kennin.application.results.ResultSheetWriter.ResultSheet;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The result export as an Excel workbook, streamed by fastexcel: rows are flushed to the zip every
 * {@value #FLUSH_EVERY} rows and written as inline strings, so no shared-string table of a
 * million names builds up in memory. A sheet holds at most {@code rowsPerSheet} data rows (Excel's
 * limit is 1,048,576 lines with the header); more continue on the next sheet, header repeated.
 */
final class XlsxResultSheet implements ResultSheet {
    static final int EXCEL_DATA_ROWS = Worksheet.MAX_ROWS - 1;
    private static final int FLUSH_EVERY = 1_000;

    private final ResultCells cells;
    private final String sheetName;
    private final int rowsPerSheet;
    private final Workbook workbook;
    private Worksheet sheet;
    private int sheets;
    private int row;

    XlsxResultSheet(ResultCells cells, String sheetName, int rowsPerSheet, OutputStream out) {
        this.cells = cells;
        this.sheetName = sheetName;
        this.rowsPerSheet = rowsPerSheet;
        this.workbook = new Workbook(new Unclosed(out), "kenpo-kennin", "1.0");
        newSheet();
    }

    private void newSheet() {
        try {
            if (sheet != null) {
                sheet.finish();
            }
            sheets++;
            sheet = workbook.newWorksheet(sheets == 1 ? sheetName : sheetName + " (" + sheets + ")");
            sheet.freezePane(0, 1);
            line(0, cells.header());
            row = 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(ResultRow result) {
        if (row > rowsPerSheet) {
            newSheet();
        }
        line(row++, cells.of(result));
        if (row % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void line(int at, List<String> values) {
        for (int column = 0; column < values.size(); column++) {
            sheet.inlineString(at, column, values.get(column));
        }
    }

    @Override
    public long cellsWithReplacedCharacters() {
        return 0;
    }

    @Override
    public void close() {
        try {
            sheet.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
