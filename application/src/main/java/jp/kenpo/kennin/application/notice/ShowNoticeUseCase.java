package jp.kenpo.kennin.application.notice;

import java.util.Optional;
import jp.kenpo.kennin.application.notice.StaffNoticePort.StaffNotice;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/** One notice of the staff member's insurer (MANAGE_NOTICES); another insurer's id is not found. */
public interface ShowNoticeUseCase {
    Optional<StaffNotice> showNotice(SignedInStaff actor, long noticeId);
}
