package jp.kenpo.kennin.application.staff;

import java.util.List;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.credential.CredentialViolation;

/**
 * Finishes enrolment: a password (member policy checks, at least 12 characters) and one code
 * from the authenticator proving the secret was stored. The link is used up in the same
 * conditional update that activates the account, so two tabs cannot both finish.
 */
public interface CompleteStaffEnrolmentUseCase {
    CompleteStaffEnrolmentResult completeEnrolment(CompleteStaffEnrolmentCommand command);

    record CompleteStaffEnrolmentCommand(String token, String password, String passwordAgain, String totpCode,
                                         ClientAddress client) {
        public CompleteStaffEnrolmentCommand {
            Objects.requireNonNull(client);
        }
    }

    sealed interface CompleteStaffEnrolmentResult {
        /** @param recoveryCodes ten single-use codes, shown this once and stored only hashed */
        record Enrolled(List<String> recoveryCodes) implements CompleteStaffEnrolmentResult {
            public Enrolled {
                recoveryCodes = List.copyOf(recoveryCodes);
            }
        }

        /** Unknown, used, expired, or used up by {@link StaffEnrolmentLinks#MAX_CODE_ATTEMPTS} wrong codes. */
        record LinkInvalid() implements CompleteStaffEnrolmentResult {
        }

        record PasswordRejected(List<CredentialViolation> violations) implements CompleteStaffEnrolmentResult {
            public PasswordRejected {
                violations = List.copyOf(violations);
            }
        }

        record PasswordsDiffer() implements CompleteStaffEnrolmentResult {
        }

        record WrongCode() implements CompleteStaffEnrolmentResult {
        }
    }
}
