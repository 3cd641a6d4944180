package jp.kenpo.kennin.adapters.reports;

import java.io.OutputStream;
import jp.kenpo.kennin.application.results.ResultFormat;
import jp.kenpo.kennin.application.results.ResultSheetWriter;

/** {@link ResultSheetWriter} in the three formats: CSV in Windows-31J or UTF-8 with BOM, and XLSX. */
public final class ReportSheetWriter implements ResultSheetWriter {
    private final ReportTexts texts = new ReportTexts();
    private final ResultCells cells = new ResultCells(texts);
    private final int xlsxRowsPerSheet;

    public ReportSheetWriter() {
        this(XlsxResultSheet.EXCEL_DATA_ROWS);
    }

    /** With a smaller sheet, for tests of the next-sheet rule without a million rows. */
    ReportSheetWriter(int xlsxRowsPerSheet) {
        this.xlsxRowsPerSheet = xlsxRowsPerSheet;
    }

    @Override
    public ResultSheet open(ResultFormat format, OutputStream out) {
        return switch (format) {
            case CSV_WINDOWS_31J -> CsvResultSheet.windows31J(cells, out);
            case CSV_UTF8_BOM -> CsvResultSheet.utf8WithBom(cells, out);
            case XLSX -> new XlsxResultSheet(cells, texts.text("results.sheet"), xlsxRowsPerSheet, out);
        };
    }
}
