package jp.kenpo.kennin.application.notice;

import java.time.Clock;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.notice.NoticeState;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class ChangeNoticeStateService implements ChangeNoticeStateUseCase {
    private final StaffNoticePort notices;
    private final AuditTrail audit;
    private final Clock clock;

    public ChangeNoticeStateService(StaffNoticePort notices, RecordAuditPort audit, Clock clock) {
        this.notices = notices;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public ChangeNoticeStateResult changeNoticeState(ChangeNoticeStateCommand command) {
        StaffMayNot.check(command.actor(), StaffPermission.MANAGE_NOTICES);
        boolean publish = command.change() == Change.PUBLISH;
        NoticeState from = publish ? NoticeState.DRAFT : NoticeState.PUBLISHED;
        NoticeState to = publish ? NoticeState.PUBLISHED : NoticeState.WITHDRAWN;
        if (!notices.changeState(command.actor().insurerCode(), command.noticeId(), from, to, clock.instant())) {
            return notices.notice(command.actor().insurerCode(), command.noticeId()).isPresent()
                    ? new ChangeNoticeStateResult.NotAllowed() : new ChangeNoticeStateResult.NotFound();
        }
        audit.staff(publish ? AuditAction.NOTICE_PUBLISHED : AuditAction.NOTICE_WITHDRAWN, command.actor(), command.client(),
                "notice=" + command.noticeId());
        return new ChangeNoticeStateResult.Changed();
    }
}
