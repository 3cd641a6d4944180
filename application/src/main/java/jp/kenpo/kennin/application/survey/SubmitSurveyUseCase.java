package jp.kenpo.kennin.application.survey;

import java.util.List;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveySubmission;

/**
 * 提出: hands every response the member can still change to staff at once, under a receipt number
 * that a confirmation mail repeats. Refused after the member's deadline and while anything is missing.
 */
public interface SubmitSurveyUseCase {
    SubmitSurveyResult submitSurvey(AccountId account, ClientAddress client);

    sealed interface SubmitSurveyResult {
        /** @param mailSent false when the mail server refused the confirmation (the submission stands) */
        record Submitted(SurveySubmission submission, boolean mailSent) implements SubmitSurveyResult {
        }

        /** @param notReady the dependents with unanswered questions or missing documents; nothing was submitted */
        record Incomplete(List<DependentReview> notReady) implements SubmitSurveyResult {
            public Incomplete {
                notReady = List.copyOf(notReady);
            }
        }

        record Late(SurveyDeadline deadline) implements SubmitSurveyResult {
        }

        /** Everything is already with staff. */
        record NothingToSubmit() implements SubmitSurveyResult {
        }

        record NotFound() implements SubmitSurveyResult {
        }
    }
}
