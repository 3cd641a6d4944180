package jp.kenpo.kennin.application.helpdesk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.staff.CallNoteText;
import jp.kenpo.kennin.domain.staff.FormKey;
import jp.kenpo.kennin.domain.staff.LoginName;
import jp.kenpo.kennin.domain.staff.StaffId;

/** Staff's notes about calls with a member (shown to staff only). */
public interface CallNotePort {
    /**
     * Saves the note unless one of the same staff member with the same form key is already there,
     * in one conditional insert (two requests racing both reach it; only one row results).
     *
     * @return false when the note was already saved from that form
     */
    boolean saveCallNote(CallNote note, FormKey key);

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
