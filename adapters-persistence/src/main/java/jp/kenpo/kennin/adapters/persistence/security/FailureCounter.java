package jp.kenpo.kennin.adapters.persistence.security;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.AUTH_FAILURE;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.security.FailureCounterPort;
import jp.kenpo.kennin.domain.throttle.FailureTally;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Failed attempts as rows of (key, time), so every server counts the same failures. */
public final class FailureCounter implements FailureCounterPort {
    /** Far longer than any throttle window (the longest is an hour); older failures count for nothing. */
    private static final Duration RETENTION = Duration.ofDays(7);

    private final DSLContext dsl;

    public FailureCounter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Also deletes every failure that has aged out, whatever its key: keys such as client
     * addresses may never come back, and on the time index each call only finds the few rows
     * that expired since the previous one.
     */
    @Override
    public void recordFailure(String key, Instant at) {
        dsl.insertInto(AUTH_FAILURE).set(AUTH_FAILURE.FAILURE_KEY, key).set(AUTH_FAILURE.FAILED_AT, at).execute();
        dsl.deleteFrom(AUTH_FAILURE).where(AUTH_FAILURE.FAILED_AT.lt(at.minus(RETENTION))).execute();
    }

    @Override
    public FailureTally tally(String key, Instant since) {
        return dsl.select(count(), min(AUTH_FAILURE.FAILED_AT), max(AUTH_FAILURE.FAILED_AT))
                .from(AUTH_FAILURE)
                .where(AUTH_FAILURE.FAILURE_KEY.eq(key))
                .and(AUTH_FAILURE.FAILED_AT.ge(since))
                .fetchSingle(mapping((count, oldest, newest) -> new FailureTally(count, Optional.ofNullable(oldest),
                        Optional.ofNullable(newest))));
    }

    /** One grouped statement for all keys (a login asks for its address's and its account's). */
    @Override
    public Map<String, FailureTally> tallies(Map<String, Instant> sinceByKey) {
        Condition anyWindow = noCondition();
        for (Map.Entry<String, Instant> window : sinceByKey.entrySet()) {
            anyWindow = anyWindow.or(AUTH_FAILURE.FAILURE_KEY.eq(window.getKey()).and(AUTH_FAILURE.FAILED_AT.ge(window.getValue())));
        }
        Map<String, FailureTally> found = new LinkedHashMap<>();
        if (!sinceByKey.isEmpty()) {
            dsl.select(AUTH_FAILURE.FAILURE_KEY, count(), min(AUTH_FAILURE.FAILED_AT), max(AUTH_FAILURE.FAILED_AT))
                    .from(AUTH_FAILURE)
                    .where(anyWindow)
                    .groupBy(AUTH_FAILURE.FAILURE_KEY)
                    .forEach(r -> found.put(r.value1(), new FailureTally(r.value2(), Optional.ofNullable(r.value3()),
                            Optional.ofNullable(r.value4()))));
        }
        Map<String, FailureTally> tallies = new LinkedHashMap<>();
        sinceByKey.keySet().forEach(key -> tallies.put(key, found.getOrDefault(key, FailureTally.none())));
        return tallies;
    }

    @Override
    public void reset(String key) {
        dsl.deleteFrom(AUTH_FAILURE).where(AUTH_FAILURE.FAILURE_KEY.eq(key)).execute();
    }
}
