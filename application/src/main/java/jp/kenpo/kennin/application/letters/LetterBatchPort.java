package jp.kenpo.kennin.application.letters;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/** letter_batch: every change of state is a conditional update, so two runs or two clicks never both win. */
public interface LetterBatchPort {
    /** Stores a QUEUED batch; returns its id. */
    long queueLetterBatch(InsurerCode insurer, int fiscalYear, LetterSelection selection, long requestedBy, Instant at);

    /** One batch of {@code insurer}: another insurer's id is not found. */
    Optional<LetterBatch> findLetterBatch(InsurerCode insurer, long id);

    /** The newest batches of {@code insurer} first. */
    List<LetterBatch> recentLetterBatches(InsurerCode insurer, int limit);

    /** QUEUED or RUNNING (a run that died) → RUNNING; the batch when this call moved it, empty otherwise. */
    Optional<LetterBatch> startLetterBatch(long id);

    /** RUNNING → DONE with the letter count and the file; false when the batch was not RUNNING. */
    boolean finishLetterBatch(long id, int letters, String fileName, Instant at);

    /** QUEUED or RUNNING → FAILED; false when the batch had already ended. */
    boolean failLetterBatch(long id, LetterFailure failure, Instant at);
}
