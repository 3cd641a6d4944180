package jp.kenpo.kennin.bootstrap.background;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kenpo.kennin.application.security.RunAfterAnswerPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few threads with a bounded queue for work a request starts but does not wait for (mails of
 * the forgotten-credentials pages). Full means refused at once, never an unbounded pile-up; on
 * shutdown what is queued is given a few seconds to finish, so a mail already promised goes out.
 */
public final class AfterAnswerPool implements RunAfterAnswerPort, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AfterAnswerPool.class);
    private final ThreadPoolExecutor executor;
    private final Duration drainTime;

    public AfterAnswerPool(int threads, int queueCapacity, Duration drainTime) {
        if (threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("threads and queue capacity must be positive");
        }
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity),
                work -> {
                    Thread thread = new Thread(work, "kennin-after-answer-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, (work, pool) -> {
                    throw new RejectedExecutionException("after-answer queue full");
                });
        this.drainTime = drainTime;
    }

    /** Two threads are plenty for mails; a thousand waiting is minutes of SMTP, far beyond any honest burst. */
    public static AfterAnswerPool standard() {
        return new AfterAnswerPool(2, 1000, Duration.ofSeconds(10));
    }

    @Override
    public void runAfterAnswer(Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // Nobody waits for this work any more: the log is the only place a failure can be seen.
                LOG.error("Work after an answer failed", e);
            }
        });
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(drainTime.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{} queued mails dropped at shutdown", executor.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
