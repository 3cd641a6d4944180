package jp.kenpo.kennin.application.helpdesk;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.document.DocumentStoragePort;
import jp.kenpo.kennin.application.document.StoredDocument;
import jp.kenpo.kennin.application.review.MemberFile;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.application.survey.ViewSurveyDocumentUseCase.DocumentDownload;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class ViewMemberDocumentService implements ViewMemberDocumentUseCase {
    private final HelpDeskPorts ports;
    private final DocumentStoragePort storage;
    private final AuditTrail audit;

    public ViewMemberDocumentService(HelpDeskPorts ports, DocumentStoragePort storage, RecordAuditPort audit, Clock clock) {
        this.ports = ports;
        this.storage = storage;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public Optional<DocumentDownload> viewMemberDocument(SignedInStaff staff, MemberId member, StoredDocument.Id id,
                                                         ClientAddress client) {
        StaffMayNot.check(staff, StaffPermission.VIEW_DOCUMENTS);
        return MemberFile.find(ports.survey(), staff, member, id).map(found -> {
            // --- objectstore --- the record stays after the retention job deleted the bytes: say so, not fail
            if (found.file().purged()) {
                throw new jp.kenpo.kennin.application.survey.DocumentPurgedException(found.file());
            }
            audit.staffOnMember(AuditAction.DOCUMENT_VIEWED, staff, found.member(), client,
                    "dependent=" + found.file().dependent().value() + " document=" + id);
            return new DocumentDownload(found.file(), storage.open(id));
        });
    }
}
