package jp.kenpo.kennin.application.survey;

import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.ClientAddress;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveySubmission;

/** 確認画面: every dependent's answers and files, before the member submits. Audited: it shows them all. */
public interface ShowSurveyConfirmationUseCase {
    /** Empty for an account without an open survey. */
    Optional<SurveyConfirmation> showSurveyConfirmation(AccountId account, ClientAddress client);

    /**
     * @param deadline       the member's own deadline (the survey's, or staff's extension for them)
     * @param late           the deadline has passed
     * @param lastSubmission the member's latest submission this year, with its receipt number
     */
    record SurveyConfirmation(String surveyTitle, List<DependentReview> dependents, SurveyDeadline deadline, boolean late,
                              Optional<SurveySubmission> lastSubmission) {
        public SurveyConfirmation {
            dependents = List.copyOf(dependents);
        }

        /** What a submission now would hand to staff: every response the member can still change. */
        public List<DependentReview> toSubmit() {
            return dependents.stream().filter(DependentReview::editable).toList();
        }

        public boolean canSubmit() {
            return !late && !toSubmit().isEmpty() && toSubmit().stream().allMatch(DependentReview::ready);
        }
    }
}
