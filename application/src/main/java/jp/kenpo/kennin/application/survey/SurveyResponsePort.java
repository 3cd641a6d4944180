package jp.kenpo.kennin.application.survey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.YenAmount;

/**
 * The members' responses of a survey year, and each member's own expected income for it (asked
 * on every dependent's form, kept once per member and year).
 */
public interface SurveyResponsePort {
    Optional<SurveyResponse> loadResponse(InsurerCode insurer, int fiscalYear, DependentId dependent);

    /** The stored responses among these dependents; dependents without one are not listed. */
    List<SurveyResponse> responsesOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents);

    /** Inserts or replaces the response of its (insurer, year, dependent). */
    void saveResponse(SurveyResponse response);

    /**
     * Marks a stored response submitted, only if it is not submitted or confirmed already, in one
     * conditional write: of two submissions racing (a double click), exactly one wins.
     *
     * @param submitted the response as {@link SurveyResponse#submitted()} made it
     * @return false when the stored response was already read-only (or is not stored)
     */
    boolean markSubmitted(SurveyResponse submitted);

    Optional<YenAmount> memberIncome(MemberId member, int fiscalYear);

    void saveMemberIncome(MemberId member, int fiscalYear, YenAmount income);
}
