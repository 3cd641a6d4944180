package jp.kenpo.kennin.application.survey;

import java.util.Map;
import java.util.Objects;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.survey.Question;

/** Saves a draft of one dependent's answers, as typed: whatever can be read is kept. */
public interface SaveSurveyAnswersUseCase {
    SaveSurveyAnswersResult saveSurveyAnswers(SaveSurveyAnswersCommand command);

    /** @param answers raw form values by question; absent or blank is unanswered */
    record SaveSurveyAnswersCommand(AccountId account, DependentId dependent, Map<Question, String> answers,
                                    ClientAddress client) {
        public SaveSurveyAnswersCommand {
            Objects.requireNonNull(account);
            Objects.requireNonNull(dependent);
            answers = Map.copyOf(answers);
        }
    }

    sealed interface SaveSurveyAnswersResult {
        /** @param problems a reason code per answer that could not be read (and was not saved) */
        record Saved(Map<Question, String> problems) implements SaveSurveyAnswersResult {
            public Saved {
                problems = Map.copyOf(problems);
            }
        }

        /** Not a dependent this account answers for. */
        record NotFound() implements SaveSurveyAnswersResult {
        }

        /** Submitted or confirmed: staff hold it now. */
        record ReadOnly() implements SaveSurveyAnswersResult {
        }
    }
}
