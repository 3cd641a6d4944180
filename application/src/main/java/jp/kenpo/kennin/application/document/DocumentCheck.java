package jp.kenpo.kennin.application.document;

import java.util.Objects;

/** The verdict on a staged upload's content: accepted with its real type, or rejected with a reason. */
public sealed interface DocumentCheck permits DocumentCheck.Accepted, DocumentCheck.Rejected {

    /** @param sha256 lower-case hex digest of the content */
    record Accepted(DocumentType type, long size, String sha256) implements DocumentCheck {
        public Accepted {
            Objects.requireNonNull(type);
            Objects.requireNonNull(sha256);
        }
    }

    record Rejected(DocumentRejection reason) implements DocumentCheck {
        public Rejected {
            Objects.requireNonNull(reason);
        }
    }
}
