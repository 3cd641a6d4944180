package jp.kenpo.kennin.application.results;

import java.io.OutputStream;

/** Writes result rows in one of the {@link ResultFormat}s (CSV in two encodings, XLSX). */
public interface ResultSheetWriter {
    /** Starts a sheet on {@code out} (header written); the caller closes it, which finishes the file but not {@code out}. */
    ResultSheet open(ResultFormat format, OutputStream out);

    interface ResultSheet extends AutoCloseable {
        void write(ResultRow row);

        /**
         * Cells that had characters the encoding cannot hold (Windows-31J: 𠮷 and other characters
         * outside JIS X 0208 and the IBM/NEC extensions), each replaced by 〓 rather than a silent '?'.
         */
        long cellsWithReplacedCharacters();

        @Override
        void close();
    }
}
