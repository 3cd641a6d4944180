package jp.kenpo.kennin.application.notice;

import java.util.Optional;
import jp.kenpo.kennin.application.insurer.NoticePort.AttachmentContent;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/** An attachment of one of the staff member's insurer's notices, in any state (MANAGE_NOTICES). */
public interface OpenNoticeAttachmentUseCase {
    Optional<AttachmentContent> openNoticeAttachment(SignedInStaff actor, long attachmentId);
}
