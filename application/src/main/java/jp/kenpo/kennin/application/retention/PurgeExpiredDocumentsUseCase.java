package jp.kenpo.kennin.application.retention;

import java.time.Instant;
import java.util.Objects;

/**
 * Purges the stored bytes of proof documents whose survey year closed more than the retention
 * period ago. The documents' rows stay, marked purged with the time, so staff screens and the
 * audit log still say what was uploaded; only the files go. Run by a background job; idempotent
 * and safe on several nodes at once.
 */
public interface PurgeExpiredDocumentsUseCase {

    PurgeRun purgeExpiredDocuments(PurgeExpiredDocumentsCommand command);

    /**
     * @param now       the job's time: which years are due is judged on its date in Tokyo
     * @param batchSize documents handled per batch (one database update and one audit line per batch)
     * @param maxPerRun a run stops after this many documents; the next run goes on
     */
    record PurgeExpiredDocumentsCommand(Instant now, int batchSize, int maxPerRun) {
        public PurgeExpiredDocumentsCommand {
            Objects.requireNonNull(now);
            if (batchSize < 1 || maxPerRun < 1) {
                throw new IllegalArgumentException("batch size and run size are positive");
            }
        }
    }

    /**
     * @param years     survey years found due with documents still kept
     * @param purged    documents whose bytes were deleted and whose rows this run marked purged
     * @param storeDown true when the store failed: the run stopped, the rest waits for the next run
     */
    record PurgeRun(int years, int purged, boolean storeDown) {
    }
}
