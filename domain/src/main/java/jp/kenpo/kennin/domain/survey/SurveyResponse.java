package jp.kenpo.kennin.domain.survey;

import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/**
 * A member's response about one dependent in one survey year: the answers or the declaration
 * that the dependent no longer qualifies (the declaration, when present, takes the answers' place).
 */
public record SurveyResponse(InsurerCode insurer, int fiscalYear, DependentId dependent, SurveyStatus status,
                             SurveyAnswers answers, Optional<NoLongerEligible> noLongerEligible) {
    public SurveyResponse {
        Objects.requireNonNull(insurer);
        Objects.requireNonNull(dependent);
        Objects.requireNonNull(status);
        Objects.requireNonNull(answers);
        Objects.requireNonNull(noLongerEligible);
    }

    /** Nothing answered yet. */
    public static SurveyResponse notStarted(InsurerCode insurer, int fiscalYear, DependentId dependent) {
        return new SurveyResponse(insurer, fiscalYear, dependent, SurveyStatus.NOT_STARTED, SurveyAnswers.none(), Optional.empty());
    }

    /** Once submitted, staff hold it; after confirmation it is their decision. Returned forms are editable again. */
    public boolean isReadOnly() {
        return status == SurveyStatus.SUBMITTED || status == SurveyStatus.CONFIRMED;
    }

    /** Saving answers withdraws an earlier declaration: the member is answering for the dependent after all. */
    public SurveyResponse withAnswers(SurveyAnswers newAnswers) {
        return new SurveyResponse(insurer, fiscalYear, dependent, draftStatus(), newAnswers, Optional.empty());
    }

    public SurveyResponse declaring(NoLongerEligible declaration) {
        return new SurveyResponse(insurer, fiscalYear, dependent, draftStatus(), answers, Optional.of(declaration));
    }

    // A returned response stays RETURNED until it is submitted again, so staff can see it is still being fixed.
    private SurveyStatus draftStatus() {
        return status == SurveyStatus.RETURNED ? SurveyStatus.RETURNED : SurveyStatus.IN_PROGRESS;
    }
}
