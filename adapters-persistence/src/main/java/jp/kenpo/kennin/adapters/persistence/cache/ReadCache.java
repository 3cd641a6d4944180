package jp.kenpo.kennin.adapters.persistence.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A small read-through cache of per-insurer settings: an entry counts for its time to live and while
 * {@link CacheInvalidation} has seen no write to the tables behind it. Two threads missing at once
 * may both load (no lock held around the database); the values are the same.
 */
final class ReadCache<K, V> {
    /** Keys are insurers (and days, for notices): a handful per insurer; past this the map simply starts over. */
    private static final int MAX_ENTRIES = 10_000;

    private record Entry<V>(V value, long loadedAtNanos, long generation) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final CacheInvalidation invalidation;
    private final LongSupplier nanoTime;

    ReadCache(Duration ttl, CacheInvalidation invalidation, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.invalidation = invalidation;
        this.nanoTime = nanoTime;
    }

    V get(K key, Supplier<V> load) {
        if (ttlNanos <= 0 || !invalidation.usableOnThisThread()) {
            return load.get();
        }
        long generation = invalidation.generation();
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.generation() == generation && now - entry.loadedAtNanos() < ttlNanos) {
            return entry.value();
        }
        V value = load.get();
        if (invalidation.generation() == generation && invalidation.usableOnThisThread()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now, generation));
        }
        return value;
    }
}
