package jp.kenpo.kennin.adapters.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the line breaks of the text handed on so far (CR LF as one, like commons-csv), so that a
 * byte which does not decode can be reported with its line: the decoder hands on every character
 * before the bad byte, then fails on the next read.
 */
final class LineCountingReader extends FilterReader {
    private long breaks;
    private boolean pendingCr;

    LineCountingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            count(buffer[i]);
        }
        return n;
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
