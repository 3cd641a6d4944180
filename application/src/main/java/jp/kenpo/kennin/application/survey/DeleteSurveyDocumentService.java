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
import jp.kenpo.kennin.domain.survey.SurveyResponse;

public final class DeleteSurveyDocumentService implements DeleteSurveyDocumentUseCase {
    private final MemberSurvey surveys;
    private final SurveyPorts ports;
    private final DocumentStoragePort storage;
    private final AuditTrail audit;

    public DeleteSurveyDocumentService(SurveyPorts ports, DocumentStoragePort storage, RecordAuditPort audit, Clock clock) {
        this.surveys = new MemberSurvey(ports);
        this.ports = ports;
        this.storage = storage;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public DeleteSurveyDocumentResult deleteSurveyDocument(AccountId account, StoredDocument.Id id, ClientAddress client) {
        Optional<MemberSurvey.Context> context = surveys.of(account);
        Optional<SurveyDocument> document = context.flatMap(c -> OwnDocuments.find(ports.documents(), c, id));
        if (document.isEmpty()) {
            return new DeleteSurveyDocumentResult.NotFound();
        }
        SurveyDocument d = document.get();
        SurveyResponse response = ports.responses().loadResponse(d.insurer(), d.fiscalYear(), d.dependent())
                .orElseGet(() -> SurveyResponse.notStarted(d.insurer(), d.fiscalYear(), d.dependent()));
        if (!DocumentRules.canRemove(response)) {
            return new DeleteSurveyDocumentResult.Locked(d.dependent());
        }
        // The row first: a file left behind by a crash is unreachable; a row without its file would be a broken link.
        if (!ports.documents().deleteDocument(id)) {
            // Submitted in another tab after the check above: the file stays as staff received it.
            return new DeleteSurveyDocumentResult.Locked(d.dependent());
        }
        storage.delete(id);
        context.get().audit(audit, AuditAction.DOCUMENT_DELETED, client,
                "dependent=" + d.dependent().value() + " document=" + id);
        return new DeleteSurveyDocumentResult.Deleted(d.dependent());
    }
}
