package jp.kenpo.kennin.application.survey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.review.Prospect;
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

    /**
     * Only the statuses of {@link #responsesOf}: what a list of dependents shows on every view of the main
     * screen, where reading and mapping every answer cost more than the rest of the list.
     */
    default java.util.Map<DependentId, jp.kenpo.kennin.domain.survey.SurveyStatus> statusesOf(InsurerCode insurer, int fiscalYear,
                                                                                            Collection<DependentId> dependents) {
        return responsesOf(insurer, fiscalYear, dependents).stream()
                .collect(java.util.stream.Collectors.toMap(SurveyResponse::dependent, SurveyResponse::status));
    }

    /**
     * Keeps the member's draft (its answers and declaration) only while the stored response is
     * still the member's to change: absent, not started, in progress or returned. Decided in one
     * conditional write, so a draft that was read before a racing submission (another tab) never
     * lands on the submitted response. The status is not the draft's but follows the stored one:
     * a returned response stays returned with staff's reason, anything else becomes in progress.
     *
     * @return false when the stored response is submitted or confirmed; then nothing changed
     */
    boolean saveDraft(SurveyResponse draft);

    /**
     * {@link #saveDraft} for only the answers to {@code questions}: the stored answers to every other
     * question (another step saved from another tab meanwhile) and the declaration stay as they are.
     * Merged per question in the one conditional write, never by writing back a whole answer set read before.
     *
     * @return false when the stored response is submitted or confirmed; then nothing changed
     */
    boolean saveDraftAnswers(SurveyResponse draft, java.util.Set<jp.kenpo.kennin.domain.survey.Question> questions);

    /**
     * Marks a stored response submitted, only if it is not submitted or confirmed already, in one
     * conditional write: of two submissions racing (a double click), exactly one wins.
     *
     * @param submitted the response as {@link SurveyResponse#submitted()} made it
     * @return false when the stored response was already read-only (or is not stored)
     */
    boolean markSubmitted(SurveyResponse submitted);

    /**
     * Staff send a response back (差し戻し) with their reason, only while it is still submitted,
     * in one conditional write.
     *
     * @param returned the response as {@link SurveyResponse#returnedBecause(String)} made it
     * @return false when the stored response is not (or no longer) submitted; then nothing changed
     */
    boolean markReturned(SurveyResponse returned);

    /** Keeps the engine's 見込み on the submitted response, for the review queue's filter. */
    void saveProspect(InsurerCode insurer, int fiscalYear, DependentId dependent, Prospect prospect);

    Optional<YenAmount> memberIncome(MemberId member, int fiscalYear);

    void saveMemberIncome(MemberId member, int fiscalYear, YenAmount income);
}
