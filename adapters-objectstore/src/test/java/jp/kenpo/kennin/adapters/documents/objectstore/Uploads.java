package jp.kenpo.kennin.adapters.documents.objectstore;

import java.io.InputStream;
import java.nio.file.Path;
import jp.kenpo.kennin.adapters.documents.FileSystemDocumentStorage;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StagedUpload;
import jp.kenpo.kennin.application.document.StoredDocument;

/** Staging and keeping made-up content of a given size (its type does not matter to the store). */
final class Uploads {
    static final long MB = 1024 * 1024;

    private Uploads() {
    }

    static StagedUpload stage(FileSystemDocumentStorage storage, InputStream content) {
        return (StagedUpload) storage.stage(content, 300 * MB);
    }

    static StoredDocument keep(FileSystemDocumentStorage storage, StagedUpload staged) {
        return storage.keep(staged, new DocumentCheck.Accepted(DocumentType.PDF, staged.size(), staged.sha256()));
    }

    static FileSystemDocumentStorage storage(Path root, S3KeptDocuments kept) {
        return new FileSystemDocumentStorage(root, new DocumentLimits(300 * MB, 50_000_000, 50), kept);
    }

    /** A stream of made-up bytes that exists nowhere whole. */
    static InputStream generated(long length) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < length ? (int) ((position++ * 31) & 0xFF) : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (position >= length) {
                    return -1;
                }
                int n = (int) Math.min(len, length - position);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) ((position++ * 31) & 0xFF);
                }
                return n;
            }
        };
    }
}
