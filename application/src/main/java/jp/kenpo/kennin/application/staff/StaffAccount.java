package jp.kenpo.kennin.application.staff;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import jp.kenpo.kennin.domain.staff.StaffMember;

/**
 * A staff member with what signing in checks. Only the persistence adapter and the sign-in and
 * enrolment services see it; nothing shows it.
 *
 * @param passwordHash empty until enrolment is completed (and again after a re-enrolment)
 * @param totpSecret   as stored: sealed ({@code v1:…}), or base32 in rows from before sealing; empty until
 *                     enrolment is completed
 * @param lastTotpStep the last time step used to sign in or enrol
 */
public record StaffAccount(StaffMember member, Optional<String> passwordHash, Optional<String> totpSecret,
                           OptionalLong lastTotpStep) {
    public StaffAccount {
        Objects.requireNonNull(member);
        Objects.requireNonNull(passwordHash);
        Objects.requireNonNull(totpSecret);
        Objects.requireNonNull(lastTotpStep);
    }

    @Override
    public String toString() {
        return "StaffAccount[" + member + ", secrets hidden]";
    }
}
