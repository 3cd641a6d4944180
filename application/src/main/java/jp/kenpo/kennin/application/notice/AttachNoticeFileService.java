package jp.kenpo.kennin.application.notice;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.document.DocumentCheck;
import jp.kenpo.kennin.application.document.DocumentRejection;
import jp.kenpo.kennin.application.document.DocumentStoragePort;
import jp.kenpo.kennin.application.document.DocumentType;
import jp.kenpo.kennin.application.document.StageResult;
import jp.kenpo.kennin.application.document.StagedUpload;
import jp.kenpo.kennin.application.insurer.NoticePort.NewAttachment;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffPermission;
import jp.kenpo.kennin.domain.text.PlainText;

/**
 * Runs an attachment through the same inspection as members' proof documents (through the
 * document storage port: staged, inspected, then discarded, since attachments are kept in the
 * database with their notice) and stores it under the type its content really has.
 */
public final class AttachNoticeFileService implements AttachNoticeFileUseCase {
    /** What members' browsers open without help; HEIC is accepted from phones but not handed out. */
    private static final Set<DocumentType> SERVABLE = Set.of(DocumentType.PDF, DocumentType.JPEG, DocumentType.PNG);
    private static final int MAX_NAME_LENGTH = 255;

    private final StaffNoticePort notices;
    private final DocumentStoragePort inspection;
    private final long maxBytes;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * @param inspection a storage whose limits suit manuals (more pages than a certificate)
     * @param maxBytes   the largest attachment kept
     */
    public AttachNoticeFileService(StaffNoticePort notices, DocumentStoragePort inspection, long maxBytes, RecordAuditPort audit,
                                   Clock clock) {
        this.notices = notices;
        this.inspection = inspection;
        this.maxBytes = maxBytes;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public AttachNoticeFileResult attachNoticeFile(AttachNoticeFileCommand command) {
        StaffMayNot.check(command.actor(), StaffPermission.MANAGE_NOTICES);
        if (notices.notice(command.actor().insurerCode(), command.noticeId()).filter(n -> n.state().editable()).isEmpty()) {
            return new AttachNoticeFileResult.NotFound();
        }
        Optional<String> name = fileName(command.fileName());
        if (name.isEmpty()) {
            return refused(command, "notice.attachment.nameInvalid");
        }
        if (command.content().length == 0) {
            return refused(command, DocumentRejection.EMPTY.code());
        }
        if (command.content().length > maxBytes) {
            return refused(command, DocumentRejection.TOO_LARGE.code());
        }
        StageResult staged = inspection.stage(new ByteArrayInputStream(command.content()), maxBytes);
        if (!(staged instanceof StagedUpload upload)) {
            return refused(command, DocumentRejection.TOO_LARGE.code());
        }
        DocumentCheck check;
        try {
            check = inspection.inspect(upload, name.get(), command.declaredContentType());
        } finally {
            inspection.discard(upload);
        }
        if (check instanceof DocumentCheck.Rejected rejected) {
            return refused(command, rejected.reason().code());
        }
        DocumentType type = ((DocumentCheck.Accepted) check).type();
        if (!SERVABLE.contains(type)) {
            return refused(command, "notice.attachment.unsupportedType");
        }
        Optional<Long> id = notices.addAttachment(command.actor().insurerCode(), command.noticeId(),
                new NewAttachment(name.get(), type.mimeType(), command.content()), clock.instant());
        if (id.isEmpty()) {
            // Withdrawn (or gone) between the first look and the insert.
            return new AttachNoticeFileResult.NotFound();
        }
        audit.staff(AuditAction.NOTICE_ATTACHMENT_ADDED, command.actor(), command.client(),
                "notice=" + command.noticeId() + " attachment=" + id.get() + " type=" + type + " bytes=" + command.content().length);
        return new AttachNoticeFileResult.Attached(id.get());
    }

    private AttachNoticeFileResult refused(AttachNoticeFileCommand command, String code) {
        audit.staff(AuditAction.NOTICE_ATTACHMENT_REJECTED, command.actor(), command.client(),
                "notice=" + command.noticeId() + " reason=" + code + " bytes=" + command.content().length);
        return new AttachNoticeFileResult.Refused(code);
    }

    /** The name members will download it as: the last path segment, without control characters. */
    static Optional<String> fileName(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String name = declared.substring(Math.max(declared.lastIndexOf('/'), declared.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || PlainText.hasControlCharacters(name)
                || name.equals(".") || name.equals("..")) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
