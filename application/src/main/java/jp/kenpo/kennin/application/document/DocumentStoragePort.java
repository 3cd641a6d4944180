package jp.kenpo.kennin.application.document;

import java.io.InputStream;

/**
 * Keeps members' proof documents out of any public path. An upload is first staged (streamed to a
 * private area, never held whole in memory), then its content inspected, then either kept under a
 * fresh random id or discarded. Every stored file is treated as hostile. When the storage itself
 * fails (disk full, permissions), the methods throw {@link java.io.UncheckedIOException}.
 */
public interface DocumentStoragePort {

    /**
     * Streams {@code content} into the staging area, counting bytes and computing SHA-256 on the way.
     * Stops reading as soon as more than {@code maxBytes} arrived and deletes what was written.
     * Does not close {@code content}.
     */
    StageResult stage(InputStream content, long maxBytes);

    /**
     * Decides from the staged bytes what the file really is and whether it may be kept. The declared
     * name and content type (either may be null or blank) only matter when they contradict the content.
     */
    DocumentCheck inspect(StagedUpload staged, String declaredFileName, String declaredContentType);

    /** Moves an accepted upload atomically into permanent storage under a new random id. */
    StoredDocument keep(StagedUpload staged, DocumentCheck.Accepted accepted);

    /**
     * The stored bytes, for the caller to close; only call it after checking who may see them.
     *
     * @throws DocumentMissingException when nothing is stored under {@code id}
     */
    InputStream open(StoredDocument.Id id);

    /** Removes a stored document; nothing happens if it is already gone. */
    void delete(StoredDocument.Id id);

    /** Removes a staged upload that will not be kept; nothing happens if it is already gone. */
    void discard(StagedUpload staged);

    /**
     * For a readiness probe: returns when documents can be kept and read now, throws
     * {@link java.io.UncheckedIOException} naming what is wrong (no secrets, no member data) otherwise.
     */
    void checkReachable();

    final class DocumentMissingException extends RuntimeException {
        public DocumentMissingException(StoredDocument.Id id) {
            super("no stored document " + id);
        }
    }
}
