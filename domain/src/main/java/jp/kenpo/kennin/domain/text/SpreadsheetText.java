package jp.kenpo.kennin.domain.text;

/**
 * Cells a spreadsheet would evaluate instead of showing ("CSV injection"): staff open exports
 * in Excel, and a roster cell such as {@code =HYPERLINK(...)} would run there. Imports keep
 * such text as it was written (a name or an office may truly start with a dash); every export
 * to CSV or a spreadsheet must pass each cell through {@link #neutralise}. No export exists
 * yet; this is the one the first one uses.
 *
 * <p>The rule follows OWASP's "CSV Injection" advice: a cell starting with {@code = + - @},
 * a tab or a carriage return, or with the full-width {@code ＝ ＋ － ＠} that Excel in Japan
 * also reads as formula signs, gets a leading apostrophe, which spreadsheets show as text and
 * do not print.
 */
public final class SpreadsheetText {
    private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet would take {@code cell} as a formula. */
    public static boolean isFormulaLike(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0;
    }

    /** {@code cell} as it may be written into an export: with a leading apostrophe when it is formula-like. */
    public static String neutralise(String cell) {
        return isFormulaLike(cell) ? "'" + cell : cell;
    }
}
