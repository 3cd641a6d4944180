package jp.kenpo.kennin.application.staff;

import java.time.Instant;
import jp.kenpo.kennin.domain.staff.StaffId;

/**
 * The first (or another) installation-wide operator, created from the command line. Nothing
 * secret is typed: the result is a one-time enrolment link, valid 24 hours, where the operator
 * chooses a password and sets up the second factor.
 */
public interface CreateOperatorUseCase {
    CreateOperatorResult createOperator(CreateOperatorCommand command);

    record CreateOperatorCommand(String login, String displayName) {
    }

    sealed interface CreateOperatorResult {
        /** @param enrolmentLink the full link (base URL + /admin/enrol/…), shown once */
        record Created(StaffId id, String enrolmentLink, Instant expiresAt) implements CreateOperatorResult {
        }

        record LoginTaken() implements CreateOperatorResult {
        }

        record Invalid(String code) implements CreateOperatorResult {
        }
    }
}
