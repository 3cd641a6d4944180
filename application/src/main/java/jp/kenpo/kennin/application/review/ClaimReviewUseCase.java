package jp.kenpo.kennin.application.review;

import java.time.Instant;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * A reviewer takes a member's submission (or lets go of it), so two reviewers do not work on the
 * same one: one conditional write, taken only while nobody else holds it. Requires {@code REVIEW}.
 */
public interface ClaimReviewUseCase {
    ClaimReviewResult claimReview(ClaimReviewCommand command);

    enum ClaimAction {
        TAKE, RELEASE
    }

    record ClaimReviewCommand(SignedInStaff staff, MemberId member, ClaimAction action, ClientAddress client) {
        public ClaimReviewCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(action);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ClaimReviewResult {
        /** Held by the caller since {@code since} (taking one's own again keeps the first time). */
        record Taken(Instant since) implements ClaimReviewResult {
        }

        record Released() implements ClaimReviewResult {
        }

        /** Another reviewer holds it: who, and since when. Nothing changed. */
        record HeldByOther(String displayName, Instant since) implements ClaimReviewResult {
        }

        /** Released, but nobody held it. */
        record NotHeld() implements ClaimReviewResult {
        }

        /** No such member at the staff member's insurer, or the member is not in this year's survey. */
        record NotFound() implements ClaimReviewResult {
        }
    }
}
