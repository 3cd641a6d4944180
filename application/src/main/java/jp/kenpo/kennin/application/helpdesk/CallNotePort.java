package jp.kenpo.kennin.application.helpdesk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.staff.CallNoteText;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;

/** Staff's notes about calls with a member (shown to staff only). */
public interface CallNotePort {
    void saveCallNote(CallNote note);

    /** The member's notes, newest first, at most {@code limit}. */
    List<CallNote> callNotesOf(InsurerCode insurer, MemberId member, int limit);

    /** @param staffLogin the writer's login name as it was then, so the note names them even after their account goes */
    record CallNote(InsurerCode insurer, MemberId member, StaffId staff, LoginName staffLogin, Instant writtenAt,
                    CallNoteText text) {
        public CallNote {
            Objects.requireNonNull(insurer);
            Objects.requireNonNull(member);
            Objects.requireNonNull(staff);
            Objects.requireNonNull(staffLogin);
            Objects.requireNonNull(writtenAt);
            Objects.requireNonNull(text);
        }
    }
}
