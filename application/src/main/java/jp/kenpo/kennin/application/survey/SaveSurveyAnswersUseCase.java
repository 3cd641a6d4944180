package jp.kenpo.kennin.application.survey;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.survey.Question;
import jp.kenpo.kennin.domain.survey.SurveyStep;

/**
 * Saves a draft of one dependent's answers, as typed: whatever can be read is kept. Either the whole
 * form, or one {@link SurveyStep} of it: then only that step's answers are written, so two tabs
 * saving different steps both keep theirs.
 */
public interface SaveSurveyAnswersUseCase {
    SaveSurveyAnswersResult saveSurveyAnswers(SaveSurveyAnswersCommand command);

    /**
     * @param answers raw form values by question; absent or blank is unanswered
     * @param step    the step saved, whose questions alone are written (answers to others are ignored);
     *                empty for the whole one-page form
     */
    record SaveSurveyAnswersCommand(AccountId account, DependentId dependent, Map<Question, String> answers,
                                    ClientAddress client, Optional<SurveyStep> step) {
        public SaveSurveyAnswersCommand {
            Objects.requireNonNull(account);
            Objects.requireNonNull(dependent);
            answers = Map.copyOf(answers);
            Objects.requireNonNull(step);
        }

        /** The whole one-page form. */
        public SaveSurveyAnswersCommand(AccountId account, DependentId dependent, Map<Question, String> answers,
                                        ClientAddress client) {
            this(account, dependent, answers, client, Optional.empty());
        }
    }

    sealed interface SaveSurveyAnswersResult {
        /**
         * @param problems      a reason code per answer that could not be read (and was not saved)
         * @param newlyRequired questions that this save made required and that are still unanswered (living apart asks
         *                      for the remittance), in form order; for a step, only those on it or a later step
         */
        record Saved(Map<Question, String> problems, List<Question> newlyRequired) implements SaveSurveyAnswersResult {
            public Saved {
                problems = Map.copyOf(problems);
                newlyRequired = List.copyOf(newlyRequired);
            }

            public Saved(Map<Question, String> problems) {
                this(problems, List.of());
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
