package jp.kenpo.kennin.application.survey;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.document.DocumentStoragePort;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.audit.AuditAction;

public final class ViewSurveyDocumentService implements ViewSurveyDocumentUseCase {
    private final MemberSurvey surveys;
    private final SurveyDocumentPort documents;
    private final DocumentStoragePort storage;
    private final AuditTrail audit;

    public ViewSurveyDocumentService(SurveyPorts ports, DocumentStoragePort storage, RecordAuditPort audit, Clock clock) {
        this.surveys = new MemberSurvey(ports);
        this.documents = ports.documents();
        this.storage = storage;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public Optional<DocumentDownload> viewSurveyDocument(AccountId account, StoredDocument.Id id, ClientAddress client) {
        return surveys.of(account).flatMap(c -> OwnDocuments.find(documents, c, id).map(document -> {
            // --- objectstore --- the record stays after the retention job deleted the bytes: say so, not fail
            if (document.purged()) {
                throw new jp.kenpo.kennin.application.survey.DocumentPurgedException(document);
            }
            c.audit(audit, AuditAction.DOCUMENT_VIEWED, client,
                    "dependent=" + document.dependent().value() + " document=" + id);
            return new DocumentDownload(document, storage.open(id));
        }));
    }
}
