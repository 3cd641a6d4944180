package jp.kenpo.kennin.application.helpdesk;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.survey.SubmitSurveyUseCase.SubmitSurveyResult;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * 代行入力 of the submission: once staff entered everything from the paper form, they submit it
 * for the member under the member's rules (deadline, completeness); the member gets the receipt
 * mail as usual. Requires {@code HELP_MEMBERS} and a reason; shown as entered by staff.
 */
public interface SubmitForMemberUseCase {
    SubmitForMemberResult submitForMember(SubmitForMemberCommand command);

    record SubmitForMemberCommand(SignedInStaff staff, MemberId member, String reason, ClientAddress client) {
        public SubmitForMemberCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(client);
        }
    }

    sealed interface SubmitForMemberResult {
        record Done(SubmitSurveyResult outcome) implements SubmitForMemberResult {
        }

        record NotFound() implements SubmitForMemberResult {
        }

        record NotRegistered() implements SubmitForMemberResult {
        }

        record Invalid(String code) implements SubmitForMemberResult {
        }
    }
}
