package jp.kenpo.kennin.application.review;

import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.review.ReturnSurveyResponseUseCase.ReturnSurveyResponseResult;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * A reviewer's 差し戻し: the same rule as {@link ReturnSurveyResponseUseCase} (only a submitted
 * response, the message is what the member reads, mailed) from the review screen. Requires
 * {@code REVIEW}; audited.
 */
public interface SendBackResponseUseCase {
    ReturnSurveyResponseResult sendBackResponse(SendBackResponseCommand command);

    record SendBackResponseCommand(SignedInStaff staff, MemberId member, DependentId dependent, String message,
                                   ClientAddress client) {
        public SendBackResponseCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(dependent);
            Objects.requireNonNull(client);
        }
    }
}
