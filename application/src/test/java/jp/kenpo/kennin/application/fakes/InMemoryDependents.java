package jp.kenpo.kennin.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.dependent.LoadDependentsPort;
import jp.kenpo.kennin.application.roster.DependentEntry;
import jp.kenpo.kennin.application.roster.PreviewDependentsPort;
import jp.kenpo.kennin.application.roster.StoreDependentsPort;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.member.MemberId;

/** Dependents by id; an import inserts or updates by (member, 被扶養者番号) like the real store. */
public final class InMemoryDependents implements StoreDependentsPort, LoadDependentsPort, PreviewDependentsPort {
    private final List<Dependent> dependents = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized RosterCounts storeDependents(List<DependentEntry> entries) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (DependentEntry entry : entries) {
            Optional<Dependent> stored = dependents.stream()
                    .filter(d -> d.member().equals(entry.member()) && d.number().equals(entry.number()))
                    .findFirst();
            if (stored.isEmpty()) {
                dependents.add(entry.withId(new DependentId(nextId++)));
                created++;
            } else if (stored.get().equals(entry.withId(stored.get().id()))) {
                unchanged++;
            } else {
                dependents.set(dependents.indexOf(stored.get()), entry.withId(stored.get().id()));
                updated++;
            }
        }
        return new RosterCounts(created, updated, unchanged);
    }

    /** What {@link #storeDependents} would count, with nothing changed. */
    @Override
    public synchronized RosterCounts previewDependents(List<DependentEntry> entries) {
        int created = 0;
        int updated = 0;
        for (DependentEntry entry : entries) {
            Optional<Dependent> stored = dependents.stream()
                    .filter(d -> d.member().equals(entry.member()) && d.number().equals(entry.number()))
                    .findFirst();
            if (stored.isEmpty()) {
                created++;
            } else if (!stored.get().equals(entry.withId(stored.get().id()))) {
                updated++;
            }
        }
        return new RosterCounts(created, updated, entries.size() - created - updated);
    }

    @Override
    public synchronized List<Dependent> dependentsOf(MemberId member) {
        return dependents.stream().filter(d -> d.member().equals(member)).sorted(Comparator.comparing(Dependent::number)).toList();
    }

    public synchronized List<Dependent> all() {
        return List.copyOf(dependents);
    }
}
