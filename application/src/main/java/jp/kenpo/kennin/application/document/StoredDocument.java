package jp.kenpo.kennin.application.document;

import java.util.Objects;

/** A document kept in permanent storage; who owns it is recorded by the use case, not here. */
public record StoredDocument(Id id, DocumentType type, long size, String sha256) {
    public StoredDocument {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        Objects.requireNonNull(sha256);
    }

    /** Random and unguessable; the only handle on a stored document. */
    public record Id(String value) {
        public Id {
            RandomKey.require(value, "document.id.invalid");
        }

        @Override
        public String toString() {
            return value;
        }
    }
}
