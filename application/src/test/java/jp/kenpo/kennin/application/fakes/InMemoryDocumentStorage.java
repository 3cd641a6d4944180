package jp.kenpo.kennin.application.fakes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentRejection;
import jp.kenpo.kennin.application.document.DocumentStoragePort;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StageResult;
import jp.kenpo.kennin.application.document.StagedUpload;
import jp.kenpo.kennin.application.document.StoredDocument;

/**
 * Storage in memory with the real adapter's contract, telling types apart only by their first
 * bytes (the file-system adapter's own tests cover real inspection): %PDF, JPEG's FFD8FF, PNG's signature.
 */
public final class InMemoryDocumentStorage implements DocumentStoragePort {
    private final Map<String, byte[]> staged = new HashMap<>();
    private final Map<StoredDocument.Id, byte[]> stored = new HashMap<>();
    private final AtomicLong keys = new AtomicLong();

    public static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
    }

    public static byte[] pdf() {
        return "%PDF-1.7 synthetic".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Override
    public synchronized StageResult stage(InputStream content, long maxBytes) {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return new StageResult.TooLarge(maxBytes);
            }
            StagedUpload upload = new StagedUpload(new StagedUpload.Token(key()), bytes.length, "0".repeat(64));
            staged.put(upload.token().value(), bytes);
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file whose inspection fails with an error, as a real inspector may (out of memory, a bug in a parser). */
    public static byte[] failingInspection() {
        return "%PDF-fails-inspection".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Override
    public synchronized DocumentCheck inspect(StagedUpload upload, String declaredFileName, String declaredContentType) {
        byte[] b = staged.get(upload.token().value());
        if (Arrays.equals(b, failingInspection())) {
            throw new IllegalStateException("inspection failed");
        }
        if (b.length == 0) {
            return new DocumentCheck.Rejected(DocumentRejection.EMPTY);
        }
        if (startsWith(b, pdf(), 4)) {
            return new DocumentCheck.Accepted(DocumentType.PDF, b.length, upload.sha256());
        }
        if (startsWith(b, jpeg(), 3)) {
            return new DocumentCheck.Accepted(DocumentType.JPEG, b.length, upload.sha256());
        }
        return new DocumentCheck.Rejected(DocumentRejection.UNSUPPORTED_TYPE);
    }

    @Override
    public synchronized StoredDocument keep(StagedUpload upload, DocumentCheck.Accepted accepted) {
        StoredDocument document = new StoredDocument(new StoredDocument.Id(key()), accepted.type(), accepted.size(),
                accepted.sha256());
        stored.put(document.id(), staged.remove(upload.token().value()));
        return document;
    }

    @Override
    public synchronized InputStream open(StoredDocument.Id id) {
        byte[] bytes = stored.get(id);
        if (bytes == null) {
            throw new DocumentMissingException(id);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public synchronized void delete(StoredDocument.Id id) {
        stored.remove(id);
    }

    @Override
    public synchronized void discard(StagedUpload upload) {
        staged.remove(upload.token().value());
    }

    @Override
    public void checkReachable() {
        // memory is always reachable
    }

    /** Files kept plus files staged and never kept or discarded: a leak shows as more than expected. */
    public synchronized int files() {
        return stored.size() + staged.size();
    }

    public synchronized boolean has(StoredDocument.Id id) {
        return stored.containsKey(id);
    }

    private String key() {
        return HexFormat.of().toHexDigits(keys.incrementAndGet()) + "0".repeat(16);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int n) {
        return bytes.length >= n && Arrays.equals(bytes, 0, n, prefix, 0, n);
    }
}
