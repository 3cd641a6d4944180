package jp.kenpo.kennin.application.review;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.review.ExtendSurveyDeadlineUseCase.ExtendSurveyDeadlineResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * 期限延長 from the back office: the same rule as {@link ExtendSurveyDeadlineUseCase} (a later JST
 * day, within a year of the survey's deadline) for a member of the signed-in staff member's
 * insurer, with a reason. Requires {@code HELP_MEMBERS}; audited with the staff member.
 */
public interface ExtendMemberDeadlineUseCase {
    ExtendSurveyDeadlineResult extendMemberDeadline(ExtendMemberDeadlineCommand command);

    /** @param until the new last day as typed (YYYY/MM/DD, YYYY-MM-DD or YYYYMMDD, any width) */
    record ExtendMemberDeadlineCommand(SignedInStaff staff, MemberId member, String until, String reason,
                                       ClientAddress client) {
        public ExtendMemberDeadlineCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(client);
        }
    }
}
