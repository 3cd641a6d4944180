package jp.kenpo.kennin.application.notice;

import java.time.Clock;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class EditNoticeService implements EditNoticeUseCase {
    private final StaffNoticePort notices;
    private final AuditTrail audit;
    private final Clock clock;

    public EditNoticeService(StaffNoticePort notices, RecordAuditPort audit, Clock clock) {
        this.notices = notices;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public EditNoticeResult editNotice(EditNoticeCommand command) {
        StaffMayNot.check(command.actor(), StaffPermission.MANAGE_NOTICES);
        NoticeText text;
        try {
            text = NoticeText.of(command.title(), command.body(), command.publishedOn());
        } catch (InvalidValueException e) {
            return new EditNoticeResult.Invalid(e.code());
        }
        if (!notices.edit(command.actor().insurerCode(), command.noticeId(), text.title(), text.body(), text.publishedOn(),
                clock.instant())) {
            // Only to say which: the update itself was conditional.
            return notices.notice(command.actor().insurerCode(), command.noticeId()).isPresent()
                    ? new EditNoticeResult.Withdrawn() : new EditNoticeResult.NotFound();
        }
        audit.staff(AuditAction.NOTICE_EDITED, command.actor(), command.client(), "notice=" + command.noticeId());
        return new EditNoticeResult.Edited();
    }
}
