package jp.kenpo.kennin.application.review;

import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.review.DecisionOutcome;
import jp.kenpo.kennin.domain.review.RemovalReason;
import jp.kenpo.kennin.domain.review.ReviewDecision;

/**
 * 継続 or 削除 (with the loss date and a reason) on one dependent's submitted response. Final at once
 * (the response becomes 確認完了 / 削除決定) unless the insurer's four-eyes rule wants a second
 * reviewer; then it waits, the response stays submitted. One conditional write: of two reviewers
 * (or tabs) deciding at once, exactly one wins. When the member's last dependent gets its final
 * decision, the member is mailed every result. Requires {@code REVIEW}; audited.
 */
public interface DecideDependentUseCase {
    DecideDependentResult decideDependent(DecideDependentCommand command);

    /**
     * @param lossDate the 資格喪失日 as typed (YYYY/MM/DD, YYYY-MM-DD or YYYYMMDD, any width); for 削除 only
     * @param reason   the 削除理由; for 削除 only
     */
    record DecideDependentCommand(SignedInStaff staff, MemberId member, DependentId dependent, DecisionOutcome outcome,
                                  String lossDate, Optional<RemovalReason> reason, ClientAddress client) {
        public DecideDependentCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(dependent);
            Objects.requireNonNull(outcome);
            lossDate = lossDate == null ? "" : lossDate;
            Objects.requireNonNull(reason);
            Objects.requireNonNull(client);
        }

        public static DecideDependentCommand continuing(SignedInStaff staff, MemberId member, DependentId dependent,
                                                        ClientAddress client) {
            return new DecideDependentCommand(staff, member, dependent, DecisionOutcome.CONTINUE, "", Optional.empty(),
                    client);
        }

        public static DecideDependentCommand removing(SignedInStaff staff, MemberId member, DependentId dependent,
                                                      String lossDate, RemovalReason reason, ClientAddress client) {
            return new DecideDependentCommand(staff, member, dependent, DecisionOutcome.REMOVE, lossDate,
                    Optional.ofNullable(reason), client);
        }
    }

    sealed interface DecideDependentResult {
        /**
         * @param decision       as stored: final, or waiting for approval
         * @param resultNoticeQueued true when this decision completed the member and their result notice was queued
         *                           in the outbox with it (the outbox worker mails it)
         */
        record Decided(ReviewDecision decision, boolean resultNoticeQueued) implements DecideDependentResult {
        }

        /**
         * @param code {@code review.decision.lossDateRequired}, {@code .lossDateInvalid},
         *             {@code .lossDateBeforeBirth}, {@code .lossDateTooLate}, {@code .reasonRequired},
         *             {@code .continueWithLoss}
         */
        record Invalid(String code) implements DecideDependentResult {
        }

        record NotFound() implements DecideDependentResult {
        }

        /** The response is not submitted (still the member's, or sent back). */
        record NotSubmitted() implements DecideDependentResult {
        }

        /** Someone decided it already (another reviewer, or another tab). */
        record AlreadyDecided() implements DecideDependentResult {
        }
    }
}
