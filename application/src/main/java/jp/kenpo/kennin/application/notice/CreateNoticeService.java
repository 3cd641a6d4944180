package jp.kenpo.kennin.application.notice;

import java.time.Clock;
import jp.kenpo.kennin.application.TokyoCalendar;
import jp.kenpo.kennin.application.audit.AuditTrail;
import jp.kenpo.kennin.application.audit.RecordAuditPort;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.audit.AuditAction;
import jp.kenpo.kennin.domain.staff.StaffPermission;

public final class CreateNoticeService implements CreateNoticeUseCase {
    private final StaffNoticePort notices;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateNoticeService(StaffNoticePort notices, RecordAuditPort audit, Clock clock) {
        this.notices = notices;
        this.audit = new AuditTrail(audit, clock);
        this.clock = clock;
    }

    @Override
    public CreateNoticeResult createNotice(CreateNoticeCommand command) {
        StaffMayNot.check(command.actor(), StaffPermission.MANAGE_NOTICES);
        NoticeText text;
        try {
            text = NoticeText.of(command.title(), command.body(),
                    command.publishedOn() == null ? TokyoCalendar.today(clock) : command.publishedOn());
        } catch (InvalidValueException e) {
            return new CreateNoticeResult.Invalid(e.code());
        }
        long id = notices.createDraft(command.actor().insurerCode(), text.title(), text.body(), text.publishedOn(), clock.instant());
        audit.staff(AuditAction.NOTICE_CREATED, command.actor(), command.client(), "notice=" + id);
        return new CreateNoticeResult.Created(id);
    }
}
