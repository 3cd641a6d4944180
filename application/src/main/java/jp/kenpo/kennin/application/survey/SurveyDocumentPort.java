package jp.kenpo.kennin.application.survey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/** Which stored file answers which requirement of whose survey; the bytes live behind the storage port. */
public interface SurveyDocumentPort {
    /**
     * Files the document only while its dependent has fewer than {@code maxFiles} in that survey
     * year, counted and added in one conditional write: of uploads racing for the last place,
     * exactly one gets it.
     *
     * @return false when the dependent already has {@code maxFiles}; then nothing was stored
     */
    boolean saveDocument(SurveyDocument document, int maxFiles);

    Optional<SurveyDocument> loadDocument(StoredDocument.Id id);

    /** The documents of these dependents in that survey year, oldest upload first. */
    List<SurveyDocument> documentsOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents);

    /**
     * Deletes the document and frees its place under the per-dependent limit, only while its
     * dependent's response may still be changed (not stored yet, or not submitted or confirmed),
     * decided under a lock on that response: a submission racing the deletion either waits for it
     * and then sees the file gone, or commits first and the deletion is refused.
     *
     * @return false when the response is submitted or confirmed (nothing was deleted); true when
     *         deleted, or when it was already gone
     */
    boolean deleteDocument(StoredDocument.Id id);
}
