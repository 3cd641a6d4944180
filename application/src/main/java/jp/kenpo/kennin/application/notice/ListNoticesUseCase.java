package jp.kenpo.kennin.application.notice;

import java.util.List;
import jp.kenpo.kennin.application.notice.StaffNoticePort.StaffNotice;
import jp.kenpo.kennin.application.staff.SignedInStaff;

/** Every notice of the signed-in staff member's insurer, drafts and withdrawn ones included (MANAGE_NOTICES). */
public interface ListNoticesUseCase {
    List<StaffNotice> listNotices(SignedInStaff actor);
}
