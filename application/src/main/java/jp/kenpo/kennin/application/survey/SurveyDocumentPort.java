package jp.kenpo.kennin.application.survey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/** Which stored file answers which requirement of whose survey; the bytes live behind the storage port. */
public interface SurveyDocumentPort {
    void saveDocument(SurveyDocument document);

    Optional<SurveyDocument> loadDocument(StoredDocument.Id id);

    /** The documents of these dependents in that survey year, oldest upload first. */
    List<SurveyDocument> documentsOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents);

    /** Nothing happens if it is already gone. */
    void deleteDocument(StoredDocument.Id id);
}
