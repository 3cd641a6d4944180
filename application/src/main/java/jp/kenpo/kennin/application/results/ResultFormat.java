package jp.kenpo.kennin.application.results;

/**
 * How the result export is written for the insurer's core system (基幹システム). Both CSV forms end
 * lines with CRLF, which Excel and most core systems expect.
 */
public enum ResultFormat {
    /** Shift_JIS as Windows writes it (what most core systems and Excel read without asking). */
    CSV_WINDOWS_31J,
    /** UTF-8 with a byte-order mark, so Excel in Japan does not take it for Shift_JIS; every character survives. */
    CSV_UTF8_BOM,
    /** An Excel workbook, written as a stream. */
    XLSX
}
