package jp.kenpo.kennin.application.fakes;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.survey.SurveyResponsePort;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.review.Prospect;
import jp.kenpo.kennin.domain.survey.SurveyResponse;
import jp.kenpo.kennin.domain.survey.SurveyStatus;
import jp.kenpo.kennin.domain.survey.YenAmount;

/** Responses by (insurer, year, dependent) and member incomes by (member, year), as the tables key them. */
public final class InMemorySurveyResponses implements SurveyResponsePort {
    private record Key(InsurerCode insurer, int year, DependentId dependent) {
    }

    private record MemberYear(MemberId member, int year) {
    }

    private final Map<Key, SurveyResponse> responses = new HashMap<>();
    private final Map<MemberYear, YenAmount> incomes = new HashMap<>();
    private final Map<Key, Prospect> prospects = new HashMap<>();
    private final Map<Key, Integer> returnedCounts = new HashMap<>();
    private Runnable beforeNextWrite;

    /**
     * Runs {@code interleaved} once, at the start of the next draft save or submission mark, as if another request
     * (another tab) got there between the use case's read and its write.
     */
    public synchronized void beforeNextWrite(Runnable interleaved) {
        this.beforeNextWrite = interleaved;
    }

    private void runInterleaved() {
        Runnable hook = beforeNextWrite;
        beforeNextWrite = null;
        if (hook != null) {
            hook.run();
        }
    }

    @Override
    public synchronized Optional<SurveyResponse> loadResponse(InsurerCode insurer, int fiscalYear, DependentId dependent) {
        return Optional.ofNullable(responses.get(new Key(insurer, fiscalYear, dependent)));
    }

    @Override
    public synchronized List<SurveyResponse> responsesOf(InsurerCode insurer, int fiscalYear, Collection<DependentId> dependents) {
        return dependents.stream().map(d -> responses.get(new Key(insurer, fiscalYear, d))).filter(r -> r != null).toList();
    }

    @Override
    public synchronized boolean saveDraft(SurveyResponse draft) {
        runInterleaved();
        Key key = new Key(draft.insurer(), draft.fiscalYear(), draft.dependent());
        SurveyResponse stored = responses.get(key);
        if (stored != null && stored.isReadOnly()) {
            return false;
        }
        boolean returned = stored != null && stored.status() == SurveyStatus.RETURNED;
        responses.put(key, new SurveyResponse(draft.insurer(), draft.fiscalYear(), draft.dependent(),
                returned ? SurveyStatus.RETURNED : SurveyStatus.IN_PROGRESS, draft.answers(), draft.noLongerEligible(),
                returned ? stored.returnReason() : Optional.empty()));
        return true;
    }

    @Override
    public synchronized boolean saveDraftAnswers(SurveyResponse draft, java.util.Set<jp.kenpo.kennin.domain.survey.Question> questions) {
        runInterleaved();
        Key key = new Key(draft.insurer(), draft.fiscalYear(), draft.dependent());
        SurveyResponse stored = responses.get(key);
        if (stored != null && stored.isReadOnly()) {
            return false;
        }
        boolean returned = stored != null && stored.status() == SurveyStatus.RETURNED;
        // Merged per question against what is stored now, as the table's update of only these columns does.
        jp.kenpo.kennin.domain.survey.SurveyAnswers base = stored == null ? jp.kenpo.kennin.domain.survey.SurveyAnswers.none()
                : stored.answers();
        responses.put(key, new SurveyResponse(draft.insurer(), draft.fiscalYear(), draft.dependent(),
                returned ? SurveyStatus.RETURNED : SurveyStatus.IN_PROGRESS, base.with(draft.answers(), questions),
                stored == null ? Optional.empty() : stored.noLongerEligible(),
                returned ? stored.returnReason() : Optional.empty()));
        return true;
    }

    @Override
    public synchronized boolean markReturned(SurveyResponse returned) {
        Key key = new Key(returned.insurer(), returned.fiscalYear(), returned.dependent());
        SurveyResponse stored = responses.get(key);
        if (stored == null || stored.status() != SurveyStatus.SUBMITTED) {
            return false;
        }
        responses.put(key, returned);
        returnedCounts.merge(key, 1, Integer::sum);
        return true;
    }

    @Override
    public synchronized void saveProspect(InsurerCode insurer, int fiscalYear, DependentId dependent, Prospect prospect) {
        prospects.put(new Key(insurer, fiscalYear, dependent), prospect);
    }

    public synchronized Optional<Prospect> prospectOf(InsurerCode insurer, int fiscalYear, DependentId dependent) {
        return Optional.ofNullable(prospects.get(new Key(insurer, fiscalYear, dependent)));
    }

    public synchronized int returnedCount(InsurerCode insurer, int fiscalYear, DependentId dependent) {
        return returnedCounts.getOrDefault(new Key(insurer, fiscalYear, dependent), 0);
    }

    /** Stores a response in whatever state a test needs, as staff's side (not built yet) would. */
    public synchronized void put(SurveyResponse response) {
        responses.put(new Key(response.insurer(), response.fiscalYear(), response.dependent()), response);
    }

    @Override
    public synchronized boolean markSubmitted(SurveyResponse submitted) {
        runInterleaved();
        Key key = new Key(submitted.insurer(), submitted.fiscalYear(), submitted.dependent());
        SurveyResponse stored = responses.get(key);
        if (stored == null || stored.isReadOnly()) {
            return false;
        }
        // Like the database's update: only the status changes; the answers are the stored ones.
        responses.put(key, stored.submitted());
        return true;
    }

    @Override
    public synchronized Optional<YenAmount> memberIncome(MemberId member, int fiscalYear) {
        return Optional.ofNullable(incomes.get(new MemberYear(member, fiscalYear)));
    }

    @Override
    public synchronized void saveMemberIncome(MemberId member, int fiscalYear, YenAmount income) {
        incomes.put(new MemberYear(member, fiscalYear), income);
    }
}
