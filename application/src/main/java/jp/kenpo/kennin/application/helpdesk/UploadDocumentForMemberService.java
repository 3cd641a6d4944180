package jp.kenpo.kennin.application.helpdesk;

import java.time.Clock;
import java.util.Optional;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.helpdesk.ProxyEntryPort.ProxyAction;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentCommand;
import jp.kenpo.kennin.application.survey.UploadSurveyDocumentUseCase.UploadSurveyDocumentResult;
import jp.kenpo.kennin.domain.audit.AuditAction;

public final class UploadDocumentForMemberService implements UploadDocumentForMemberUseCase {
    private final OnBehalf onBehalf;
    private final UploadSurveyDocumentUseCase upload;

    public UploadDocumentForMemberService(HelpDeskPorts ports, UploadSurveyDocumentUseCase upload, RecordAuditPort audit,
                                          Clock clock) {
        this.onBehalf = new OnBehalf(ports, new AuditTrail(audit, clock), clock);
        this.upload = upload;
    }

    @Override
    public UploadDocumentForMemberResult uploadDocumentForMember(UploadDocumentForMemberCommand command) {
        OnBehalf.Found found = onBehalf.find(command.staff(), command.member(), command.reason());
        if (found instanceof OnBehalf.Found.Invalid invalid) {
            return new UploadDocumentForMemberResult.Invalid(invalid.code());
        }
        if (found instanceof OnBehalf.Found.NotRegistered) {
            return new UploadDocumentForMemberResult.NotRegistered();
        }
        if (!(found instanceof OnBehalf.Found.Ready ready)) {
            return new UploadDocumentForMemberResult.NotFound();
        }
        UploadSurveyDocumentResult outcome = upload.uploadSurveyDocument(new UploadSurveyDocumentCommand(
                ready.target().account().id(), command.dependent(), command.kind(), command.content(), command.fileName(),
                command.contentType(), Optional.empty(), command.client()));
        if (outcome instanceof UploadSurveyDocumentResult.NotFound) {
            return new UploadDocumentForMemberResult.NotFound();
        }
        if (outcome instanceof UploadSurveyDocumentResult.Uploaded uploaded) {
            onBehalf.record(command.staff(), ready.target(), Optional.of(command.dependent()), ProxyAction.DOCUMENT_UPLOADED,
                    AuditAction.DOCUMENT_UPLOADED_ON_BEHALF, command.client(), "dependent=" + command.dependent().value()
                            + " document=" + uploaded.document().id());
        }
        return new UploadDocumentForMemberResult.Done(outcome);
    }
}
