package jp.kenpo.kennin.application.staff;

import java.time.Instant;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.staff.StaffId;

/**
 * A new one-time enrolment link, mailed to the staff member, for a lost authenticator or a
 * forgotten password: once the mail went out, the account goes back to enrolling, its password,
 * authenticator secret and recovery codes stop working at once, and the owner sets them up again
 * behind the link. When the mail does not go out, nothing changes: the staff member is not locked
 * out by a mail server that is down.
 */
public interface ReissueStaffEnrolmentUseCase {
    ReissueStaffEnrolmentResult reissueEnrolment(ReissueStaffEnrolmentCommand command);

    record ReissueStaffEnrolmentCommand(SignedInStaff actor, StaffId staff, ClientAddress client) {
        public ReissueStaffEnrolmentCommand {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(staff);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ReissueStaffEnrolmentResult {
        /**
         * @param mailed false when the mail server refused the mail: then nothing was reset, the old
         *               password and authenticator still work, the link in the refused mail never
         *               will, and the actor issues again once mail works
         */
        record Reissued(Instant expiresAt, boolean mailed) implements ReissueStaffEnrolmentResult {
        }

        /** No such account among those the actor manages. */
        record NotFound() implements ReissueStaffEnrolmentResult {
        }

        /** A disabled account is not re-enrolled (and so not re-enabled) by a link. */
        record Disabled() implements ReissueStaffEnrolmentResult {
        }

        /** The account has no mail address to send the link to (an operator made on the command line). */
        record NoEmail() implements ReissueStaffEnrolmentResult {
        }

        record CannotReissueYourself() implements ReissueStaffEnrolmentResult {
        }
    }
}
