package jp.kenpo.kennin.application.helpdesk;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.registration.ResendRegistrationCodeUseCase.ResendCodeResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * A member whose sign-up is waiting for its code calls to say none arrived: the help desk has a
 * new one mailed, under exactly the limits the member's own「再送」button has (cool-down, daily
 * cap, lock). Staff never see the code. Requires {@code HELP_MEMBERS} and a reason; audited.
 */
public interface ResendMemberCodeUseCase {
    ResendMemberCodeResult resendMemberCode(ResendMemberCodeCommand command);

    record ResendMemberCodeCommand(SignedInStaff staff, MemberId member, String reason, ClientAddress client) {
        public ResendMemberCodeCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ResendMemberCodeResult {
        /** @param outcome what the member's own resend would have answered */
        record Done(ResendCodeResult outcome) implements ResendMemberCodeResult {
        }

        record NotFound() implements ResendMemberCodeResult {
        }

        record Invalid(String code) implements ResendMemberCodeResult {
        }
    }
}
