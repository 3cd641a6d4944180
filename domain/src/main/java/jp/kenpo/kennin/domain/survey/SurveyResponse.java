package jp.kenpo.kennin.domain.survey;

import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.eligibility.Relationship;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/**
 * A member's response about one dependent in one survey year: the answers or the declaration
 * that the dependent no longer qualifies (the declaration, when present, takes the answers' place).
 *
 * @param returnReason why staff sent the response back (差し戻し); kept while the member corrects it
 *                     so the form can keep showing it, cleared by the next submission
 */
public record SurveyResponse(InsurerCode insurer, int fiscalYear, DependentId dependent, SurveyStatus status,
                             SurveyAnswers answers, Optional<NoLongerEligible> noLongerEligible,
                             Optional<String> returnReason) {
    /** Long enough for a paragraph of staff's explanation, short enough to show on a phone. */
    public static final int MAX_RETURN_REASON = 1000;

    public SurveyResponse {
        Objects.requireNonNull(insurer);
        Objects.requireNonNull(dependent);
        Objects.requireNonNull(status);
        Objects.requireNonNull(answers);
        Objects.requireNonNull(noLongerEligible);
        Objects.requireNonNull(returnReason);
        if (returnReason.isPresent() && status != SurveyStatus.RETURNED) {
            throw new InvalidValueException("survey.return.reasonWithoutReturn");
        }
    }

    public SurveyResponse(InsurerCode insurer, int fiscalYear, DependentId dependent, SurveyStatus status,
                          SurveyAnswers answers, Optional<NoLongerEligible> noLongerEligible) {
        this(insurer, fiscalYear, dependent, status, answers, noLongerEligible, Optional.empty());
    }

    /** Nothing answered yet. */
    public static SurveyResponse notStarted(InsurerCode insurer, int fiscalYear, DependentId dependent) {
        return new SurveyResponse(insurer, fiscalYear, dependent, SurveyStatus.NOT_STARTED, SurveyAnswers.none(), Optional.empty());
    }

    /** Answered in full or declared no longer eligible: the documents are what may still be missing. */
    public boolean isAnswered(Relationship relationship, Optional<YenAmount> memberIncome) {
        return noLongerEligible.isPresent() || answers.missing(relationship, memberIncome).isEmpty();
    }

    /** Once submitted, staff hold it; after confirmation it is their decision. Returned forms are editable again. */
    public boolean isReadOnly() {
        return status == SurveyStatus.SUBMITTED || status.decided();
    }

    /** Saving answers withdraws an earlier declaration: the member is answering for the dependent after all. */
    public SurveyResponse withAnswers(SurveyAnswers newAnswers) {
        return new SurveyResponse(insurer, fiscalYear, dependent, draftStatus(), newAnswers, Optional.empty(), returnReason);
    }

    public SurveyResponse declaring(NoLongerEligible declaration) {
        return new SurveyResponse(insurer, fiscalYear, dependent, draftStatus(), answers, Optional.of(declaration),
                returnReason);
    }

    /** Handed to staff; whatever they said when they sent it back has been answered. */
    public SurveyResponse submitted() {
        if (isReadOnly()) {
            throw new IllegalStateException("already submitted: " + dependent);
        }
        return new SurveyResponse(insurer, fiscalYear, dependent, SurveyStatus.SUBMITTED, answers, noLongerEligible,
                Optional.empty());
    }

    /**
     * Staff send a submitted response back so the member can correct it (差し戻し).
     *
     * @throws InvalidValueException {@code survey.return.reasonRequired} or {@code survey.return.reasonTooLong}
     * @throws IllegalStateException when it is not submitted
     */
    public SurveyResponse returnedBecause(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("survey.return.reasonRequired");
        }
        if (reason.strip().length() > MAX_RETURN_REASON) {
            throw new InvalidValueException("survey.return.reasonTooLong");
        }
        if (status != SurveyStatus.SUBMITTED) {
            throw new IllegalStateException("only a submitted response can be returned: " + dependent);
        }
        return new SurveyResponse(insurer, fiscalYear, dependent, SurveyStatus.RETURNED, answers, noLongerEligible,
                Optional.of(reason.strip()));
    }

    // A returned response stays RETURNED until it is submitted again, so staff can see it is still being fixed.
    private SurveyStatus draftStatus() {
        return status == SurveyStatus.RETURNED ? SurveyStatus.RETURNED : SurveyStatus.IN_PROGRESS;
    }
}
