package jp.kenpo.kennin.adapters.documents;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentStoragePort;
import jp.kenpo.kennin.application.document.StageResult;
import jp.kenpo.kennin.application.document.StagedUpload;
import jp.kenpo.kennin.application.document.StoredDocument;

/**
 * Storage that hands out whatever bytes a test put under an id, without the upload's inspection:
 * renditions must stay safe even for a file that would never have been accepted today.
 */
final class StoredFiles implements DocumentStoragePort {
    private final Map<StoredDocument.Id, byte[]> files = new HashMap<>();
    private final RandomKeys keys = new RandomKeys();

    StoredDocument.Id put(byte[] bytes) {
        StoredDocument.Id id = new StoredDocument.Id(keys.next());
        files.put(id, bytes);
        return id;
    }

    @Override
    public InputStream open(StoredDocument.Id id) {
        byte[] bytes = files.get(id);
        if (bytes == null) {
            throw new DocumentMissingException(id);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public StageResult stage(InputStream content, long maxBytes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public DocumentCheck inspect(StagedUpload staged, String declaredFileName, String declaredContentType) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StoredDocument keep(StagedUpload staged, DocumentCheck.Accepted accepted) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(StoredDocument.Id id) {
        files.remove(id);
    }

    @Override
    public void discard(StagedUpload staged) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void checkReachable() {
        throw new UnsupportedOperationException();
    }
}
