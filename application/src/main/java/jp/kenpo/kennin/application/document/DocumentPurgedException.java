package jp.kenpo.kennin.application.document;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone allowed to see a document asked for it after the retention job deleted its bytes: the
 * web pages answer with a message saying so (and when), not with an error. Its record is still
 * there, so the document lists go on naming it.
 */
public final class DocumentPurgedException extends RuntimeException {
    private final StoredDocument.Id id;
    private final Instant purgedAt;

    public DocumentPurgedException(StoredDocument.Id id, Instant purgedAt) {
        super("document " + id + " was purged at " + purgedAt);
        this.id = Objects.requireNonNull(id);
        this.purgedAt = Objects.requireNonNull(purgedAt);
    }

    public StoredDocument.Id id() {
        return id;
    }

    public Instant purgedAt() {
        return purgedAt;
    }
}
