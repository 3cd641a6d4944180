package jp.kenpo.kennin.application.fakes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import jp.kenpo.kennin.application.roster.RosterStage;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;

/**
 * A roster stage held in a list, for the fakes: the repeated keys found like the real store
 * (every later line of a key already staged), the merge done by the fake's own list comparison.
 * Counts its merges, so a test can tell that a refused file merged nothing.
 */
abstract class InMemoryStage<E> implements RosterStage<E> {
    final List<Integer> lines = new ArrayList<>();
    final List<E> entries = new ArrayList<>();
    private final Function<E, Object> key;
    private final Runnable onMerge;

    InMemoryStage(Function<E, Object> key, Runnable onMerge) {
        this.key = key;
        this.onMerge = onMerge;
    }

    @Override
    public void add(int line, E entry) {
        lines.add(line);
        entries.add(entry);
    }

    @Override
    public Lines repeatedKeys(int limit) {
        Set<Object> seen = new HashSet<>();
        List<Integer> repeated = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!seen.add(key.apply(entries.get(i)))) {
                repeated.add(lines.get(i));
            }
        }
        return lines(repeated, limit);
    }

    static Lines lines(List<Integer> found, int limit) {
        List<Integer> sorted = found.stream().sorted().toList();
        return new Lines(sorted.subList(0, Math.min(limit, sorted.size())), sorted.size());
    }

    @Override
    public RosterCounts merge() {
        onMerge.run();
        return store(true);
    }

    @Override
    public RosterCounts countChanges() {
        return store(false);
    }

    abstract RosterCounts store(boolean write);

    @Override
    public void close() {
        entries.clear();
        lines.clear();
    }
}
