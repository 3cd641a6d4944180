package jp.kenpo.kennin.application.progress;

import java.util.Optional;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.survey.SurveyYear;

/**
 * The {@link ProgressTracker} port as the application implements it (not a use case: called by
 * use cases): reads one member's state for the year again and stores it, inside the caller's
 * transaction.
 */
public final class MemberProgressTracker implements ProgressTracker {
    private final SurveyYearPort surveyYears;
    private final ProgressFactsPort facts;
    private final StoreProgressPort store;

    public MemberProgressTracker(SurveyYearPort surveyYears, ProgressFactsPort facts, StoreProgressPort store) {
        this.surveyYears = surveyYears;
        this.facts = facts;
        this.store = store;
    }

    @Override
    public void memberChanged(InsurerCode insurer, int fiscalYear, MemberId member) {
        Optional<SurveyYear> year = surveyYears.loadSurveyYear(insurer, fiscalYear);
        if (year.isEmpty()) {
            return;
        }
        facts.factsOf(insurer, fiscalYear, member)
                .ifPresent(f -> store.store(insurer, fiscalYear, f.progressIn(year.get())));
    }
}
