package jp.kenpo.kennin.application.survey;

import java.util.List;
import java.util.Objects;
import jp.kenpo.kennin.domain.account.Language;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.survey.SurveyDeadline;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.SurveySubmission;

/**
 * What a member keeps of one submission (提出の控え): the receipt number and time, whose survey for which
 * insurer, and each dependent it covered with the answers and the files handed in with it.
 *
 * @param deadline the member's own deadline: corrections staff ask for are due by it
 * @param language what the copy is written in: the language the member reads the site in
 */
public record SubmissionReceipt(SurveySubmission submission, String insurerName, String surveyTitle, PersonName memberName,
                                SurveyDeadline deadline, List<Covered> dependents, Language language) {
    public SubmissionReceipt {
        Objects.requireNonNull(submission);
        Objects.requireNonNull(insurerName);
        Objects.requireNonNull(surveyTitle);
        Objects.requireNonNull(memberName);
        Objects.requireNonNull(deadline);
        dependents = List.copyOf(dependents);
        Objects.requireNonNull(language);
    }

    /**
     * One dependent the submission covered.
     *
     * @param files the files uploaded up to the moment of submission (later additions belong to no receipt)
     */
    public record Covered(DependentReview review, List<SurveyDocument> files) {
        public Covered {
            Objects.requireNonNull(review);
            files = List.copyOf(files);
        }

        /**
         * Staff sent it back after this submission (差し戻し): the answers on record may have been
         * changed since, so they are no longer the ones this receipt stands for.
         */
        public boolean sentBackSince() {
            return review.response().status() == SurveyStatus.RETURNED;
        }
    }
}
