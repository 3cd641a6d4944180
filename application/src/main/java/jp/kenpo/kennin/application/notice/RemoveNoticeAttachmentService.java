package jp.kenpo.kennin.application.notice;

import java.time.Clock;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class RemoveNoticeAttachmentService implements RemoveNoticeAttachmentUseCase {
    private final StaffNoticePort notices;
    private final AuditTrail audit;
    private final Clock clock;

    public RemoveNoticeAttachmentService(StaffNoticePort notices, RecordAuditPort audit, Clock clock) {
        this.notices = notices;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public RemoveNoticeAttachmentResult removeNoticeAttachment(RemoveNoticeAttachmentCommand command) {
        StaffMayNot.check(command.actor(), StaffPermission.MANAGE_NOTICES);
        if (!notices.removeAttachment(command.actor().insurerCode(), command.noticeId(), command.attachmentId(), clock.instant())) {
            return new RemoveNoticeAttachmentResult.NotFound();
        }
        audit.staff(AuditAction.NOTICE_ATTACHMENT_REMOVED, command.actor(), command.client(),
                "notice=" + command.noticeId() + " attachment=" + command.attachmentId());
        return new RemoveNoticeAttachmentResult.Removed();
    }
}
