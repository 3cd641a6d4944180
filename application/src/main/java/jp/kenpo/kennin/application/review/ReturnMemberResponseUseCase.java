package jp.kenpo.kennin.application.review;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * 差し戻し from the back office: the same rule as {@link ReturnSurveyResponseUseCase} for one
 * dependent of a member of the signed-in staff member's insurer. The reason is what the member
 * reads. Requires {@code HELP_MEMBERS}; audited with the staff member.
 */
public interface ReturnMemberResponseUseCase {
    ReturnSurveyResponseResult returnMemberResponse(ReturnMemberResponseCommand command);

    record ReturnMemberResponseCommand(SignedInStaff staff, MemberId member, DependentId dependent, String reason,
                                       ClientAddress client) {
        public ReturnMemberResponseCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(dependent);
            Objects.requireNonNull(client);
        }
    }
}
