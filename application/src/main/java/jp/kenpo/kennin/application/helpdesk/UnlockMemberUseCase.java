package jp.kenpo.kennin.application.helpdesk;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * The help desk lifts a lock a member cannot wait out or cannot lift themselves: the lock-out of
 * their login after wrong passwords, or the stop of sign-up after too many wrong codes. Requires
 * {@code HELP_MEMBERS} and a reason; audited with both.
 */
public interface UnlockMemberUseCase {
    UnlockMemberResult unlockMember(UnlockMemberCommand command);

    enum Lock {
        /** Failed logins on the member's current account. */
        LOGIN,
        /** Codes compared for the member record at sign-up ({@code SignupLimits}). */
        SIGNUP
    }

    record UnlockMemberCommand(SignedInStaff staff, MemberId member, Lock lock, String reason, ClientAddress client) {
        public UnlockMemberCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(lock);
            Objects.requireNonNull(client);
        }
    }

    sealed interface UnlockMemberResult {
        record Unlocked() implements UnlockMemberResult {
        }

        record NotFound() implements UnlockMemberResult {
        }

        /** @param code why the reason was refused */
        record Invalid(String code) implements UnlockMemberResult {
        }
    }
}
