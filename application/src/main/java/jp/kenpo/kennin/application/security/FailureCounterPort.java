package jp.kenpo.kennin.application.security;

import java.time.Instant;
import jp.kenpo.kennin.domain.throttle.FailureTally;

/**
 * Failed attempts at a guessable secret, counted per key (for example {@code login:account:42},
 * {@code login:addr:203.0.113.9}). Kept in the database so limits hold across servers.
 */
public interface FailureCounterPort {
    void recordFailure(String key, Instant at);

    FailureTally tally(String key, Instant since);

    void reset(String key);
}
