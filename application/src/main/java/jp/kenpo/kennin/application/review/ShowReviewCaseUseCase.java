package jp.kenpo.kennin.application.review;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * The review screen of one member's submission (審査): the member's own income and, per dependent
 * asked about this year, the answers, the engine's judgement with its reasons and the documents it
 * asks for, every uploaded file (rejected ones with why, by whom and when), extra document
 * requests, the current decision and last year's, and who took the member. Requires
 * {@code REVIEW}; a member of another insurer is not found; every view is audited.
 */
public interface ShowReviewCaseUseCase {
    ShowReviewCaseResult showReviewCase(ShowReviewCaseCommand command);

    record ShowReviewCaseCommand(SignedInStaff staff, MemberId member, ClientAddress client) {
        public ShowReviewCaseCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(client);
        }
    }

    sealed interface ShowReviewCaseResult {
        record Shown(ReviewCase reviewCase) implements ShowReviewCaseResult {
            public Shown {
                Objects.requireNonNull(reviewCase);
            }
        }

        /** No such member at the staff member's insurer, or no open survey year. */
        record NotFound() implements ShowReviewCaseResult {
        }
    }
}
