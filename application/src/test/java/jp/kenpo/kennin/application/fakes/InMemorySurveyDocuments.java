package jp.kenpo.kennin.application.fakes;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.survey.SurveyDocument;
import jp.kenpo.kennin.application.survey.SurveyDocumentPort;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

public final class InMemorySurveyDocuments implements SurveyDocumentPort {
    private final Map<StoredDocument.Id, SurveyDocument> documents = new LinkedHashMap<>();

    @Override
    public synchronized void saveDocument(SurveyDocument document) {
        documents.put(document.id(), document);
    }

    @Override
    public synchronized Optional<SurveyDocument> loadDocument(StoredDocument.Id id) {
        return Optional.ofNullable(documents.get(id));
    }

    @Override
    public synchronized List<SurveyDocument> documentsOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents) {
        return documents.values().stream()
                .filter(d -> d.insurer().equals(insurer) && d.fiscalYear() == fiscalYear && dependents.contains(d.dependent()))
                .sorted(Comparator.comparing(SurveyDocument::uploadedAt)).toList();
    }

    @Override
    public synchronized void deleteDocument(StoredDocument.Id id) {
        documents.remove(id);
    }

    public synchronized int count() {
        return documents.size();
    }
}
