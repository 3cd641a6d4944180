package jp.kenpo.kennin.application.security;

/**
 * Work a request starts but does not wait for: looking up and mailing a forgotten password or
 * user ID. Whether a record exists then changes only what happens afterwards, never how long the
 * answer takes. Implementations run the work soon on a bounded pool; when the pool is full they
 * refuse at once with {@link java.util.concurrent.RejectedExecutionException} (the site answers
 * "try again"), for known and unknown people alike.
 */
@FunctionalInterface
public interface RunAfterAnswerPort {
    void runAfterAnswer(Runnable work);
}
