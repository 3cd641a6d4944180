package jp.kenpo.kennin.application.survey;

import java.util.Optional;
import jp.kenpo.kennin.application.document.StoredDocument;

/** A document id reaches a file only when it belongs to a dependent the account answers for this year. */
final class OwnDocuments {
    private OwnDocuments() {
    }

    static Optional<SurveyDocument> find(SurveyDocumentPort documents, MemberSurvey.Context c, StoredDocument.Id id) {
        return documents.loadDocument(id)
                .filter(d -> d.insurer().equals(c.year().insurer()) && d.fiscalYear() == c.year().fiscalYear())
                .filter(d -> c.dependent(d.dependent()).isPresent());
    }
}
