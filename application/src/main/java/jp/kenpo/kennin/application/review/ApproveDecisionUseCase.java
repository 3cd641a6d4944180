package jp.kenpo.kennin.application.review;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.review.ReviewDecision;

/**
 * The second reviewer under the four-eyes rule: approves a pending decision (it becomes final, the
 * response 確認完了 / 削除決定), or sends it back to the decider (the pending decision is deleted and
 * the dependent can be decided again). A reviewer never approves their own decision: the domain
 * refuses it and so does the conditional update. Requires {@code REVIEW}; audited.
 */
public interface ApproveDecisionUseCase {
    ApproveDecisionResult approveDecision(ApproveDecisionCommand command);

    enum Verdict {
        APPROVE, SEND_BACK_TO_DECIDER
    }

    record ApproveDecisionCommand(SignedInStaff staff, MemberId member, DependentId dependent, Verdict verdict,
                                  ClientAddress client) {
        public ApproveDecisionCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(dependent);
            Objects.requireNonNull(verdict);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ApproveDecisionResult {
        /** @param resultNoticeQueued true when this approval completed the member and their result notice was
         *                           queued in the outbox with it (the outbox worker mails it) */
        record Approved(ReviewDecision decision, boolean resultNoticeQueued) implements ApproveDecisionResult {
        }

        /** The pending decision is gone; the dependent waits for a new decision. */
        record SentBackToDecider() implements ApproveDecisionResult {
        }

        /** The caller made the decision: someone else must approve it. */
        record OwnDecision() implements ApproveDecisionResult {
        }

        /** No decision waits for approval (none, final already, or sent back meanwhile). */
        record NotPending() implements ApproveDecisionResult {
        }

        record NotFound() implements ApproveDecisionResult {
        }
    }
}
