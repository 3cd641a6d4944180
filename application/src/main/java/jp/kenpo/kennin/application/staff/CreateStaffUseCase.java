package jp.kenpo.kennin.application.staff;

import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;

/**
 * A staff account made in the back office: by the operator (an insurer's first 管理者) or by a
 * 管理者 (their own insurer's staff). The new staff member gets a one-time enrolment link by mail.
 */
public interface CreateStaffUseCase {
    CreateStaffResult createStaff(CreateStaffCommand command);

    /**
     * @param insurerCode the insurer, named by the operator; ignored for a 管理者, whose own insurer it is
     * @param office      the 事業所, required for {@link StaffRole#EMPLOYER_CONTACT} only
     */
    record CreateStaffCommand(SignedInStaff actor, Optional<String> insurerCode, String login, String displayName,
                              String email, StaffRole role, Optional<String> office, ClientAddress client) {
        public CreateStaffCommand {
            Objects.requireNonNull(actor);
            Objects.requireNonNull(insurerCode);
            Objects.requireNonNull(role);
            Objects.requireNonNull(office);
            Objects.requireNonNull(client);
        }
    }

    sealed interface CreateStaffResult {
        /**
         * @param mailed false when the enrolment mail did not go out (the mail server refused it): the
         *               account exists, and a reissued link gives the staff member a way in
         */
        record Created(StaffId id, boolean mailed) implements CreateStaffResult {
        }

        record LoginTaken() implements CreateStaffResult {
        }

        record UnknownInsurer() implements CreateStaffResult {
        }

        /** The actor may not create this role (a 管理者 creating an operator, say). */
        record RoleNotAllowed() implements CreateStaffResult {
        }

        record Invalid(String code) implements CreateStaffResult {
        }
    }
}
