package jp.kenpo.kennin.adapters.crypto;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of threads with a bounded queue for CPU- and memory-heavy work. The caller
 * waits for its result; when every thread is busy and the queue is full the caller gets a
 * {@link RejectedExecutionException} at once instead of piling up, so a burst of logins costs
 * those logins a "try again" page but leaves the other pages' request threads free.
 */
final class HashingPool implements AutoCloseable {
    private final ThreadPoolExecutor executor;

    HashingPool(String name, int threads, int queueCapacity) {
        if (threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("threads and queue capacity must be positive");
        }
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), daemonThreads(name), HashingPool::refuse);
    }

    /** Runs {@code work} on the pool and waits for its result. */
    <T> T call(Callable<T> work) {
        Future<T> future = submit(work);
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the hashing pool", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Queues {@code work} without waiting; throws {@link RejectedExecutionException} when the pool is saturated. */
    <T> Future<T> submit(Callable<T> work) {
        return executor.submit(work);
    }

    /** Work waiting for a thread (a metric: a queue that stays long means logins will soon be refused). */
    int queued() {
        return executor.getQueue().size();
    }

    /** Threads hashing now. */
    int active() {
        return executor.getActiveCount();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static void refuse(Runnable task, ThreadPoolExecutor pool) {
        throw new RejectedExecutionException("password hashing is saturated (" + pool.getMaximumPoolSize()
                + " threads busy, " + pool.getQueue().size() + " waiting): try again shortly");
    }

    // Daemon threads: a CLI command that returns must not be kept alive by an idle pool.
    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
