package jp.kenpo.kennin.application.survey;

import java.util.List;
import java.util.Objects;
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

    /** What became of the confirmation mail, so the receipt page can say what happened. */
    enum ConfirmationMail {
        /** Handed to the mail server (or written to the outbox). */
        SENT,
        /** The mail server refused it or could not be reached: the receipt number on screen is the member's only copy. */
        NOT_SENT
    }

    sealed interface SubmitSurveyResult {
        /** @param confirmationMail whether the mail repeating the receipt number went out; the submission stands either way */
        record Submitted(SurveySubmission submission, ConfirmationMail confirmationMail) implements SubmitSurveyResult {
            public Submitted {
                Objects.requireNonNull(submission);
                Objects.requireNonNull(confirmationMail);
            }
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
