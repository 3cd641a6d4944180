package jp.kenpo.kennin.application.survey;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.DocumentKind;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.review.FileRejection;

/**
 * A proof document a member uploaded for one dependent in one survey year, filed under the
 * requirement it answers.
 *
 * @param fileName  the name the member's device gave it, cleaned for display only (never a path)
 * @param rejection present once staff refused the file: it then satisfies no requirement
 * @param purgedAt  when the retention job deleted the file's bytes (its record stays, so screens and the audit log still
 *                  say what was uploaded)
 */
public record SurveyDocument(StoredDocument stored, InsurerCode insurer, int fiscalYear, DependentId dependent,
                             DocumentKind kind, String fileName, Instant uploadedAt, Optional<FileRejection> rejection,
                             Optional<Instant> purgedAt) {
    public static final int MAX_FILE_NAME = 200;

    public SurveyDocument {
        Objects.requireNonNull(stored);
        Objects.requireNonNull(insurer);
        Objects.requireNonNull(dependent);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(uploadedAt);
        Objects.requireNonNull(rejection);
        Objects.requireNonNull(purgedAt);
        if (fileName == null || fileName.isBlank() || fileName.length() > MAX_FILE_NAME) {
            throw new InvalidValueException("document.fileName.invalid");
        }
    }

    /** A file whose bytes are kept. */
    public SurveyDocument(StoredDocument stored, InsurerCode insurer, int fiscalYear, DependentId dependent,
                          DocumentKind kind, String fileName, Instant uploadedAt, Optional<FileRejection> rejection) {
        this(stored, insurer, fiscalYear, dependent, kind, fileName, uploadedAt, rejection, Optional.empty());
    }

    /** A file as uploaded, not refused by staff. */
    public SurveyDocument(StoredDocument stored, InsurerCode insurer, int fiscalYear, DependentId dependent,
                          DocumentKind kind, String fileName, Instant uploadedAt) {
        this(stored, insurer, fiscalYear, dependent, kind, fileName, uploadedAt, Optional.empty());
    }

    public boolean rejected() {
        return rejection.isPresent();
    }

    public SurveyDocument rejectedBecause(FileRejection why) {
        return new SurveyDocument(stored, insurer, fiscalYear, dependent, kind, fileName, uploadedAt, Optional.of(why), purgedAt);
    }

    /** The retention period passed and the file's bytes were deleted; only its record is left. */
    public boolean purged() {
        return purgedAt.isPresent();
    }

    public StoredDocument.Id id() {
        return stored.id();
    }
}
