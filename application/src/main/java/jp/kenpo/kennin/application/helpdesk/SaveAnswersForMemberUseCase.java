package jp.kenpo.kennin.application.helpdesk;

import java.util.Map;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.application.staff.SignedInStaff;
import jp.kenpo.kennin.application.survey.SaveSurveyAnswersUseCase.SaveSurveyAnswersResult;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.Question;

/**
 * 代行入力 of answers: staff type a dependent's answers from the member's paper form or call, with
 * the member's own save (drafts of every reading, nothing after submission). Requires
 * {@code HELP_MEMBERS} and a reason; shown as entered by staff.
 */
public interface SaveAnswersForMemberUseCase {
    SaveAnswersForMemberResult saveAnswersForMember(SaveAnswersForMemberCommand command);

    record SaveAnswersForMemberCommand(SignedInStaff staff, MemberId member, DependentId dependent,
                                       Map<Question, String> answers, String reason, ClientAddress client) {
        public SaveAnswersForMemberCommand {
            Objects.requireNonNull(staff);
            Objects.requireNonNull(member);
            Objects.requireNonNull(dependent);
            answers = Map.copyOf(answers);
            Objects.requireNonNull(client);
        }
    }

    sealed interface SaveAnswersForMemberResult {
        /** @param outcome what the member's own save answered */
        record Done(SaveSurveyAnswersResult outcome) implements SaveAnswersForMemberResult {
        }

        record NotFound() implements SaveAnswersForMemberResult {
        }

        /** The member has no account this year; answers are entered into a registered member's survey. */
        record NotRegistered() implements SaveAnswersForMemberResult {
        }

        record Invalid(String code) implements SaveAnswersForMemberResult {
        }
    }
}
