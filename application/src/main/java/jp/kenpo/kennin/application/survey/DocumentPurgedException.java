package jp.kenpo.kennin.application.survey;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone allowed to see a proof document asked for it after the retention job deleted its bytes:
 * the web pages answer with a message saying so (and when), not with an error. Its record is
 * still there, so the document lists go on naming it.
 */
public final class DocumentPurgedException extends RuntimeException {
    private final transient SurveyDocument document;

    public DocumentPurgedException(SurveyDocument document) {
        super("document " + document.id() + " was purged at " + document.purgedAt().orElseThrow());
        this.document = Objects.requireNonNull(document);
    }

    public SurveyDocument document() {
        return document;
    }

    public Instant purgedAt() {
        return document.purgedAt().orElseThrow();
    }
}
