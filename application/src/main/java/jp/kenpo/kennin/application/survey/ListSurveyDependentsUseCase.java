package jp.kenpo.kennin.application.survey;

import jp.kenpo.kennin.domain.review.ReviewDecision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.account.AccountId;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.SurveySubmission;
import jp.kenpo.kennin.domain.survey.TaskStatus;

/**
 * The dependents a member must answer for this year, each with where its response stands, and
 * what the main screen must say besides: why nobody is asked about, or the receipt of the
 * member's latest submission.
 */
public interface ListSurveyDependentsUseCase {
    /** Nobody listed and no reason when there is no open survey (or the account is unknown). */
    SurveyDependents listSurveyDependents(AccountId account);

    /**
     * @param result staff's final decision (継続, or 削除 with loss date and reason); never a pending one
     * @param task   what is left to do about this dependent, from the answers and documents as they are now
     */
    record SurveyDependent(Dependent dependent, SurveyStatus status, Optional<ReviewDecision> result, TaskStatus task) {
        public SurveyDependent {
            Objects.requireNonNull(dependent);
            Objects.requireNonNull(status);
            Objects.requireNonNull(result);
            Objects.requireNonNull(task);
        }

        /** Where only the stored status is known: an open response counts as not yet answered. */
        public SurveyDependent(Dependent dependent, SurveyStatus status, Optional<ReviewDecision> result) {
            this(dependent, status, result, TaskStatus.of(status, false, false));
        }

        public SurveyDependent(Dependent dependent, SurveyStatus status) {
            this(dependent, status, Optional.empty());
        }
    }

    /**
     * @param dependents     those in the survey's scope; empty when nobody is asked about
     * @param whyNone        present when the survey is open but none of the member's dependents is in its scope
     * @param lastSubmission the member's latest submission this year, with its receipt number
     */
    record SurveyDependents(List<SurveyDependent> dependents, Optional<NoneInScope> whyNone,
                            Optional<SurveySubmission> lastSubmission) {
        public SurveyDependents {
            dependents = List.copyOf(dependents);
            Objects.requireNonNull(whyNone);
            Objects.requireNonNull(lastSubmission);
        }

        public static SurveyDependents noSurvey() {
            return new SurveyDependents(List.of(), Optional.empty(), Optional.empty());
        }

        /** The member's survey as a whole (see {@link SurveyStatus#overall}). */
        public SurveyStatus overall() {
            return SurveyStatus.overall(dependents.stream().map(SurveyDependent::status).toList());
        }

        /** How many of the dependents need nothing more from the member (ready to submit, submitted or decided). */
        public long done() {
            return dependents.stream().filter(d -> d.task().done()).count();
        }

        /** The first dependent, in the roster's order, the member still has to do something about. */
        public Optional<SurveyDependent> next() {
            return dependents.stream().filter(d -> d.task().waitsForTheMember()).findFirst();
        }

        /** Something is still the member's to answer and submit; false when everything is with staff. */
        public boolean awaitsTheMember() {
            return dependents.stream().anyMatch(d -> d.status() != SurveyStatus.SUBMITTED && !d.status().decided());
        }
    }

    /** Why the survey asks the member about nobody, as far as the survey's scope tells. */
    sealed interface NoneInScope {
        /** No dependent is on record for the member. */
        record NoDependents() implements NoneInScope {
        }

        /** The survey asks about those aged {@code age} or more on {@code referenceDate}. */
        record BelowAge(int age, LocalDate referenceDate) implements NoneInScope {
        }

        /** The insurer chose whom to ask (a list, or a cut-off by certification date), and nobody of this member. */
        record NotSelected() implements NoneInScope {
        }
    }
}
