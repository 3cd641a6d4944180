package jp.kenpo.kennin.domain.review;

import java.time.Instant;
import java.util.Objects;
import jp.kenpo.kennin.domain.staff.StaffId;

/**
 * Staff refused one uploaded file: it no longer counts for the member's checklist, and the member
 * sees which file and why, deletes it and uploads again.
 */
public record FileRejection(DocumentRejectionReason reason, StaffId by, Instant at) {
    public FileRejection {
        Objects.requireNonNull(reason);
        Objects.requireNonNull(by);
        Objects.requireNonNull(at);
    }
}
