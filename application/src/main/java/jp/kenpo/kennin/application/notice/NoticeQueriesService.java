package jp.kenpo.kennin.application.notice;

import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.insurer.NoticePort.AttachmentContent;
import jp.kenpo.kennin.application.notice.StaffNoticePort.StaffNotice;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.staff.StaffMayNot;
import jp.kenpo.kennin.domain.staff.StaffPermission;

/** The read side of the notices screen: the list, one notice and its attachments as members will get them. */
public final class NoticeQueriesService implements ListNoticesUseCase, ShowNoticeUseCase, OpenNoticeAttachmentUseCase {
    private final StaffNoticePort notices;

    public NoticeQueriesService(StaffNoticePort notices) {
        this.notices = notices;
    }

    @Override
    public List<StaffNotice> listNotices(SignedInStaff actor) {
        StaffMayNot.check(actor, StaffPermission.MANAGE_NOTICES);
        return notices.noticesOf(actor.insurerCode());
    }

    @Override
    public Optional<StaffNotice> showNotice(SignedInStaff actor, long noticeId) {
        StaffMayNot.check(actor, StaffPermission.MANAGE_NOTICES);
        return notices.notice(actor.insurerCode(), noticeId);
    }

    @Override
    public Optional<AttachmentContent> openNoticeAttachment(SignedInStaff actor, long attachmentId) {
        StaffMayNot.check(actor, StaffPermission.MANAGE_NOTICES);
        return notices.attachment(actor.insurerCode(), attachmentId);
    }
}
