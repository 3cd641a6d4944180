package jp.kenpo.kennin.adapters.documents;

import java.io.InputStream;

/** A long stream of made-up bytes that exists nowhere as a whole; counts how much was read of it. */
final class GeneratedStream extends InputStream {
    private final long length;
    private long position;

    GeneratedStream(long length) {
        this.length = length;
    }

    long bytesRead() {
        return position;
    }

    @Override
    public int read() {
        return position < length ? byteAt(position++) : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (count == 0) {
            return 0;
        }
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) byteAt(position++);
        }
        return n;
    }

    private static int byteAt(long position) {
        return (int) ((position * 31 + (position >>> 13)) & 0xFF);
    }
}
