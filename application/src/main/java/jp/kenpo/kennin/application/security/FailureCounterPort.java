package jp.kenpo.kennin.application.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kenpo.kennin.domain.throttle.FailureTally;

/**
 * Failed attempts at a guessable secret, counted per key (for example {@code login:account:42},
 * {@code login:addr:203.0.113.9}). Kept in the database so limits hold across servers.
 */
public interface FailureCounterPort {
    void recordFailure(String key, Instant at);

    FailureTally tally(String key, Instant since);

    /**
     * Several keys' tallies, each from its own window start, in the order given. A counter kept in a
     * database answers this in one statement: a login asks for two keys, and each statement is a
     * round trip and a transaction on the request's path.
     */
    default Map<String, FailureTally> tallies(Map<String, Instant> sinceByKey) {
        Map<String, FailureTally> tallies = new LinkedHashMap<>();
        sinceByKey.forEach((key, since) -> tallies.put(key, tally(key, since)));
        return tallies;
    }

    void reset(String key);
}
