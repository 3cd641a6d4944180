package jp.kenpo.kennin.adapters.documents;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentLimits;
import jp.kenpo.kennin.application.document.DocumentRejection;
import jp.kenpo.kennin.application.document.StageResult;
import jp.kenpo.kennin.application.document.StagedUpload;

/** Stages a file as an upload would, inspects it and discards it. */
final class Inspection {
    private final FileSystemDocumentStorage storage;
    private final DocumentLimits limits;

    Inspection(Path root, DocumentLimits limits) {
        this.storage = new FileSystemDocumentStorage(root, limits);
        this.limits = limits;
    }

    Inspection(Path root) {
        this(root, DocumentLimits.defaults());
    }

    DocumentCheck check(byte[] content, String declaredFileName, String declaredContentType) {
        StageResult result = storage.stage(new ByteArrayInputStream(content), limits.maxBytes());
        if (!(result instanceof StagedUpload staged)) {
            throw new AssertionError("not staged: " + result);
        }
        try {
            return storage.inspect(staged, declaredFileName, declaredContentType);
        } finally {
            storage.discard(staged);
        }
    }

    DocumentCheck check(byte[] content, String declaredFileName) {
        return check(content, declaredFileName, null);
    }

    static DocumentCheck rejected(DocumentRejection reason) {
        return new DocumentCheck.Rejected(reason);
    }
}
