package jp.kenpo.kennin.application.results;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kenpo.kennin.domain.progress.ProgressStatus;
import jp.kenpo.kennin.domain.review.RemovalReason;

/**
 * The board's summary of one survey year: members per status overall and per 事業所, and final
 * removals per reason. Every status and reason is present (zero when none), in the enums' order,
 * so a report's columns never shift between years.
 *
 * @param generatedAt when the figures were read
 */
public record ResultSummary(String insurerName, int fiscalYear, String yearTitle, Instant generatedAt,
                            Map<ProgressStatus, Long> totals, Map<RemovalReason, Long> removals, List<Office> offices) {
    /** The statuses a summary counts: as stored ({@link ProgressStatus#EXPIRED} is derived by the dashboard, not stored). */
    public static final List<ProgressStatus> STATUSES = java.util.Arrays.stream(ProgressStatus.values())
            .filter(s -> s != ProgressStatus.EXPIRED).toList();

    public ResultSummary {
        Objects.requireNonNull(insurerName);
        Objects.requireNonNull(yearTitle);
        Objects.requireNonNull(generatedAt);
        totals = complete(totals, ProgressStatus.class, STATUSES);
        removals = complete(removals, RemovalReason.class, List.of(RemovalReason.values()));
        offices = List.copyOf(offices);
    }

    /** One 事業所's members per status. */
    public record Office(String name, Map<ProgressStatus, Long> counts) {
        public Office {
            Objects.requireNonNull(name);
            counts = complete(counts, ProgressStatus.class, STATUSES);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public long totalMembers() {
        return totals.values().stream().mapToLong(Long::longValue).sum();
    }

    public long totalRemovals() {
        return removals.values().stream().mapToLong(Long::longValue).sum();
    }

    private static <K extends Enum<K>> Map<K, Long> complete(Map<K, Long> given, Class<K> type, List<K> keys) {
        EnumMap<K, Long> all = new EnumMap<>(type);
        keys.forEach(k -> all.put(k, given.getOrDefault(k, 0L)));
        return Collections.unmodifiableMap(all);
    }
}
