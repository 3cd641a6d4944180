package jp.kenpo.kennin.application.review;

import java.util.function.Supplier;
import jp.kenpo.kennin.application.progress.ProgressTracker;
import jp.kenpo.kennin.application.transaction.Transactions;

/** A return and the member's progress in one transaction, so the dashboard never disagrees with the response. */
final class KeptProgress {
    /** For services wired without the dashboard: one write, nothing to keep in step. */
    static final Transactions WITHOUT_TRANSACTION = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    private KeptProgress() {
    }

    static ReturnSurveyResponseUseCase.ReturnSurveyResponseResult of(Transactions transactions, ProgressTracker progress,
            StaffCase c, Supplier<ReturnSurveyResponseUseCase.ReturnSurveyResponseResult> sendBack) {
        return transactions.inTransaction(() -> {
            var result = sendBack.get();
            if (result instanceof ReturnSurveyResponseUseCase.ReturnSurveyResponseResult.Returned) {
                progress.memberChanged(c.year().insurer(), c.year().fiscalYear(), c.member().id());
            }
            return result;
        });
    }
}
