package jp.kenpo.kennin.application.results;

/** The board's summary as a file. */
public enum SummaryFormat {
    /** UTF-8 with a byte-order mark, CRLF. */
    CSV,
    /** A4, with its Japanese font embedded. */
    PDF
}
