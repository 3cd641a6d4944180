package jp.kenpo.kennin.application.progress;

import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.insurer.LoadInsurerPort;
import jp.kenpo.kennin.application.insurer.SurveyYearPort;
import jp.kenpo.kennin.application.transaction.Transactions;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.survey.SurveyYear;

public final class RebuildProgressService implements RebuildProgressUseCase {
    /** Members per transaction: large enough for few round trips, small enough to hold row locks briefly. */
    static final int BATCH = 1000;

    private final LoadInsurerPort insurers;
    private final SurveyYearPort surveyYears;
    private final ProgressFactsPort facts;
    private final StoreProgressPort store;
    private final Transactions transactions;
    private final int batchSize;

    public RebuildProgressService(LoadInsurerPort insurers, SurveyYearPort surveyYears, ProgressFactsPort facts,
                                  StoreProgressPort store, Transactions transactions) {
        this(insurers, surveyYears, facts, store, transactions, BATCH);
    }

    /** With a batch size of one's own, for tests that cross batch boundaries with few members. */
    public RebuildProgressService(LoadInsurerPort insurers, SurveyYearPort surveyYears, ProgressFactsPort facts,
                           StoreProgressPort store, Transactions transactions, int batchSize) {
        this.insurers = insurers;
        this.surveyYears = surveyYears;
        this.facts = facts;
        this.store = store;
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    @Override
    public RebuildProgressResult rebuildProgress(RebuildProgressCommand command) {
        Optional<Integer> fiscalYear = command.fiscalYear().isPresent() ? command.fiscalYear()
                : insurers.loadInsurer(command.insurer()).map(Insurer::currentFiscalYear);
        Optional<SurveyYear> year = fiscalYear.flatMap(y -> surveyYears.loadSurveyYear(command.insurer(), y));
        if (year.isEmpty()) {
            return new RebuildProgressResult.NoSurveyYear();
        }
        SurveyYear y = year.get();
        long after = 0;
        long members = 0;
        while (true) {
            long from = after;
            List<MemberProgress> batch = transactions.inTransaction(() -> {
                List<MemberProgress> computed = facts.factsAfter(y.insurer(), y.fiscalYear(), from, batchSize).stream()
                        .map(f -> f.progressIn(y)).toList();
                store.storeAll(y.insurer(), y.fiscalYear(), computed);
                return computed;
            });
            if (batch.isEmpty()) {
                return new RebuildProgressResult.Rebuilt(y.fiscalYear(), members);
            }
            members += batch.size();
            after = batch.get(batch.size() - 1).member().value();
            if (batch.size() < batchSize) {
                return new RebuildProgressResult.Rebuilt(y.fiscalYear(), members);
            }
        }
    }
}
