package jp.kenpo.kennin.bootstrap.letters;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.kenpo.kennin.application.letters.GenerateLetterBatchUseCase;
import jp.kenpo.kennin.application.letters.ScheduleLetterBatchPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TEMPORARY, until the job runner (adapters-jobs, db-scheduler) is merged and implements
 * {@link ScheduleLetterBatchPort}: makes each batch on one background thread of this process, one
 * batch at a time. It is not durable: a batch queued or running when the process stops stays
 * QUEUED/RUNNING until it is asked for again; the job runner's one-time task replaces this.
 */
public final class TemporaryInProcessLetterScheduler implements ScheduleLetterBatchPort {
    private static final Logger LOG = LoggerFactory.getLogger(TemporaryInProcessLetterScheduler.class);

    private final GenerateLetterBatchUseCase generate;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
        Thread t = new Thread(work, "kennin-letters");
        t.setDaemon(true);
        return t;
    });

    public TemporaryInProcessLetterScheduler(GenerateLetterBatchUseCase generate) {
        this.generate = generate;
    }

    @Override
    public void scheduleLetterBatch(long batchId) {
        thread.execute(() -> {
            try {
                generate.generateLetterBatch(batchId);
            } catch (RuntimeException e) {
                // The batch is marked FAILED; the log is the only place its cause is kept.
                LOG.error("Letter batch {} failed", batchId, e);
            }
        });
    }
}
