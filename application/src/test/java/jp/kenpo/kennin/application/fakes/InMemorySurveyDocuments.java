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
import jp.kenpo.kennin.application.survey.SurveyResponsePort;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

public final class InMemorySurveyDocuments implements SurveyDocumentPort {
    private final Map<StoredDocument.Id, SurveyDocument> documents = new LinkedHashMap<>();
    private Runnable beforeNextSave;
    private final SurveyResponsePort responses;

    /** Deletes without asking whether the response is still editable. */
    public InMemorySurveyDocuments() {
        this(null);
    }

    /** Deletes only while the dependent's response in {@code responses} is editable, as the database does. */
    public InMemorySurveyDocuments(SurveyResponsePort responses) {
        this.responses = responses;
    }

    /** Runs {@code interleaved} once, at the start of the next save or delete, as if another request got there first. */
    public synchronized void beforeNextSave(Runnable interleaved) {
        this.beforeNextSave = interleaved;
    }

    @Override
    public synchronized boolean saveDocument(SurveyDocument document, int maxFiles) {
        Runnable hook = beforeNextSave;
        beforeNextSave = null;
        if (hook != null) {
            hook.run();
        }
        long already = documents.values().stream().filter(d -> d.insurer().equals(document.insurer())
                && d.fiscalYear() == document.fiscalYear() && d.dependent().equals(document.dependent())).count();
        if (already >= maxFiles) {
            return false;
        }
        documents.put(document.id(), document);
        return true;
    }

    /** Stores a changed copy of a kept document (staff's refusal) in its place. */
    public synchronized void replace(SurveyDocument document) {
        documents.replace(document.id(), document);
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
    public synchronized boolean deleteDocument(StoredDocument.Id id) {
        Runnable hook = beforeNextSave;
        beforeNextSave = null;
        if (hook != null) {
            hook.run();
        }
        SurveyDocument document = documents.get(id);
        if (document != null && responses != null && responses.loadResponse(document.insurer(), document.fiscalYear(),
                document.dependent()).map(SurveyResponse::isReadOnly).orElse(false)) {
            return false;
        }
        documents.remove(id);
        return true;
    }

    public synchronized int count() {
        return documents.size();
    }
}
