package jp.kenpo.kennin.domain.review;

import java.time.Instant;
import java.util.Objects;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.staff.StaffId;

/**
 * 追加書類依頼: staff ask for one more document of a kind for a dependent. It is a line of the
 * member's checklist, satisfied by a file of that kind uploaded after {@code requestedAt} (and not
 * rejected).
 *
 * @param note what exactly staff want, shown to the member (1..200 characters)
 */
public record ExtraDocumentRequest(InsurerCode insurer, int fiscalYear, DependentId dependent, DocumentKind kind,
                                   String note, StaffId requestedBy, Instant requestedAt) {
    public static final int MAX_NOTE = 200;

    public ExtraDocumentRequest {
        Objects.requireNonNull(insurer);
        Objects.requireNonNull(dependent);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(requestedBy);
        Objects.requireNonNull(requestedAt);
        note = note == null ? "" : note.strip();
        if (note.isEmpty()) {
            throw new InvalidValueException("review.extra.noteRequired");
        }
        if (note.length() > MAX_NOTE) {
            throw new InvalidValueException("review.extra.noteTooLong");
        }
    }

    /** Whether a file of {@code kind} uploaded at {@code uploadedAt} answers this request. */
    public boolean answeredBy(DocumentKind fileKind, Instant uploadedAt) {
        return fileKind == kind && uploadedAt.isAfter(requestedAt);
    }
}
