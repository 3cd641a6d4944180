package jp.kenpo.kennin.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.application.security.FailureCounterPort;
import jp.kenpo.kennin.domain.throttle.FailureTally;

public final class InMemoryFailureCounter implements FailureCounterPort {
    private final Map<String, List<Instant>> failures = new HashMap<>();

    @Override
    public synchronized void recordFailure(String key, Instant at) {
        failures.computeIfAbsent(key, k -> new ArrayList<>()).add(at);
    }

    @Override
    public synchronized FailureTally tally(String key, Instant since) {
        List<Instant> recent = failures.getOrDefault(key, List.of()).stream().filter(at -> !at.isBefore(since)).sorted().toList();
        if (recent.isEmpty()) {
            return FailureTally.none();
        }
        return new FailureTally(recent.size(), Optional.of(recent.get(0)), Optional.of(recent.get(recent.size() - 1)));
    }

    @Override
    public synchronized void reset(String key) {
        failures.remove(key);
    }

    /** Every failure ever recorded under the key (not only those in a window). */
    public synchronized int count(String key) {
        return failures.getOrDefault(key, List.of()).size();
    }

    public synchronized java.util.Set<String> keys() {
        return java.util.Set.copyOf(failures.keySet());
    }
}
