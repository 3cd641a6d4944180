package jp.kenpo.kennin.application.document;

import java.util.Objects;

/**
 * An upload received whole into the storage's private staging area, not yet inspected or kept.
 * It must end in {@link DocumentStoragePort#keep} or {@link DocumentStoragePort#discard}.
 *
 * @param sha256 lower-case hex digest, computed while the bytes arrived
 */
public record StagedUpload(Token token, long size, String sha256) implements StageResult {
    public StagedUpload {
        Objects.requireNonNull(token);
        Objects.requireNonNull(sha256);
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }

    /** Names the staged file; random, like a document id, but never the same one. */
    public record Token(String value) {
        public Token {
            RandomKey.require(value, "document.stagingToken.invalid");
        }

        @Override
        public String toString() {
            return value;
        }
    }
}
