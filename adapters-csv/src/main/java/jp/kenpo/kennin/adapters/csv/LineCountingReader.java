package jp.kenpo.kennin.adapters.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the line breaks of the text handed on so far (CR LF as one, like commons-csv), so that a
 * byte which does not decode can be reported with its line: the decoder hands on every character
 * before the bad byte, then fails on the next read.
 *
 * <p>It also refuses a row longer than {@link #MAX_ROW_CHARS}: a quote left open swallows the rest
 * of the file into one cell, which the parser would otherwise build up in memory whole.
 */
final class LineCountingReader extends FilterReader {
    /** Far beyond any roster row (its cells are a few hundred characters), far below a memory problem. */
    static final int MAX_ROW_CHARS = 100_000;
    private long breaks;
    private boolean pendingCr;
    private long read;
    private long rowStart;

    LineCountingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
            guard(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            count(buffer[i]);
        }
        guard(n);
        return n;
    }

    /** A row (or the header) has been handed on: the next one starts counting here (give or take the parser's read-ahead). */
    void rowEnded() {
        rowStart = read;
    }

    private void guard(int n) throws IOException {
        if (n > 0) {
            read += n;
        }
        if (read - rowStart > MAX_ROW_CHARS) {
            throw new IOException("one row runs past " + MAX_ROW_CHARS + " characters");
        }
    }

    private void count(char c) {
        if (pendingCr) {
            pendingCr = false;
            if (c != '\n') {
                breaks++;
            }
        }
        if (c == '\n') {
            breaks++;
        } else if (c == '\r') {
            pendingCr = true;
        }
    }

    /** The line the next character would be on. */
    long currentLine() {
        return breaks + (pendingCr ? 1 : 0) + 1;
    }
}
