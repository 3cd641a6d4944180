package jp.kenpo.kennin.application.review;

import java.time.Clock;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.document.DocumentRenditionPort;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.application.survey.SurveyPorts;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class ViewDocumentRenditionService implements ViewDocumentRenditionUseCase {
    private final SurveyPorts ports;
    private final DocumentRenditionPort renditions;
    private final AuditTrail audit;

    public ViewDocumentRenditionService(SurveyPorts ports, DocumentRenditionPort renditions, RecordAuditPort audit, Clock clock) {
        this.ports = ports;
        this.renditions = renditions;
        this.audit = new AuditTrail(audit, clock);
    }

    @Override
    public ViewDocumentRenditionResult viewDocumentRendition(ViewDocumentRenditionCommand command) {
        StaffMayNot.check(command.staff(), StaffPermission.VIEW_DOCUMENTS);
        return MemberFile.find(ports, command.staff(), command.member(), command.document())
                .<ViewDocumentRenditionResult>map(found -> {
                    var file = found.file();
                    if (file.purged()) {
                        // --- objectstore --- the retention job deleted the bytes; the store is not asked
                        return new ViewDocumentRenditionResult.CannotDisplay(DocumentRenditionPort.Reason.MISSING);
                    }
                    DocumentRenditionPort.PageRendition page = renditions.renderPage(file.id(), file.stored().type(),
                            command.page());
                    if (page instanceof DocumentRenditionPort.PageImage image) {
                        audit.staffOnMember(AuditAction.DOCUMENT_VIEWED, command.staff(), found.member(), command.client(),
                                "dependent=" + file.dependent().value() + " document=" + file.id() + " page="
                                        + command.page() + " shown=" + image.mimeType());
                        return new ViewDocumentRenditionResult.Shown(image);
                    }
                    if (page instanceof DocumentRenditionPort.NoSuchPage none) {
                        return new ViewDocumentRenditionResult.NoSuchPage(none.pageCount());
                    }
                    return new ViewDocumentRenditionResult.CannotDisplay(((DocumentRenditionPort.CannotDisplay) page).reason());
                })
                .orElseGet(ViewDocumentRenditionResult.NotFound::new);
    }
}
