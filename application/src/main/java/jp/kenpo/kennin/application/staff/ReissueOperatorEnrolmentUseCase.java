package jp.kenpo.kennin.application.staff;

import java.time.Instant;
import jp.kenpo.kennin.domain.staff.StaffId;

/**
 * A new one-time enrolment link for an operator, from the command line: an operator made there has
 * no mail address, so the back office cannot mail them one. Their password, authenticator secret
 * and recovery codes stop working at once (the link is shown to whoever runs the command, so
 * nothing can fail between the reset and its delivery).
 */
public interface ReissueOperatorEnrolmentUseCase {
    ReissueOperatorEnrolmentResult reissueOperatorEnrolment(ReissueOperatorEnrolmentCommand command);

    record ReissueOperatorEnrolmentCommand(String login) {
    }

    sealed interface ReissueOperatorEnrolmentResult {
        /** @param enrolmentLink the full link (base URL + /admin/enrol/…), shown once */
        record Reissued(StaffId id, String enrolmentLink, Instant expiresAt) implements ReissueOperatorEnrolmentResult {
            @Override
            public String toString() {
                return "Reissued[" + id + ", link hidden, expiresAt=" + expiresAt + "]";
            }
        }

        /** No operator has that login name (an insurer's staff are reissued by their 管理者 in the back office). */
        record NotFound() implements ReissueOperatorEnrolmentResult {
        }

        /** A disabled account is not re-enrolled (and so not re-enabled) by a link. */
        record Disabled() implements ReissueOperatorEnrolmentResult {
        }
    }
}
