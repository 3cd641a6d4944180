package jp.kenpo.kennin.adapters.documents;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Predicate;
import jp.kenpo.kennin.application.document.DocumentStoragePort.DocumentMissingException;
import jp.kenpo.kennin.application.document.StoredDocument;

/**
 * Where accepted documents are kept once inspected: the file system or an object store. Uploads
 * are always received and inspected on the local disk ({@link FileSystemDocumentStorage}); only
 * a document that passed inspection comes here. Failures of the store itself are
 * {@link java.io.UncheckedIOException}s.
 */
public interface KeptDocuments {

    /**
     * Stores the bytes of {@code stagedFile} ({@code size} bytes, already inspected) under {@code id}.
     * Returns only when the document would survive a crash of this process and of the store, so
     * that the database row naming it may be committed next; a document is never visible
     * half-written. The staged file may be moved away; whatever is left of it the caller deletes.
     */
    void keep(StoredDocument.Id id, Path stagedFile, long size);

    /**
     * The kept bytes as a stream (never read whole into memory), for the caller to close.
     *
     * @throws DocumentMissingException when nothing is kept under {@code id}
     */
    InputStream open(StoredDocument.Id id);

    /** Removes a kept document; nothing happens if it is already gone. */
    void delete(StoredDocument.Id id);

    /** Returns when documents can be kept and read now; throws naming what is wrong (never a secret) otherwise. */
    void checkReachable();

    /**
     * After a crash: sets aside (never deletes) kept documents that {@code referenced} does not
     * know, i.e. documents whose database row never committed. Must leave alone what another
     * live node may be about to commit a row for.
     *
     * @return how many were set aside
     */
    int setAsideUnreferenced(Predicate<StoredDocument.Id> referenced);

    /** Where {@link #setAsideUnreferenced} puts documents, for the operator's log line. */
    String quarantineDescription();
}
