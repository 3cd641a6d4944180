package jp.kenpo.kennin.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.dependent.LoadDependentsPort;
import jp.kenpo.kennin.application.roster.DependentEntry;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.roster.DependentRosterEntry;
import jp.kenpo.kennin.application.roster.DependentsStage;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.application.roster.StoreDependentsPort;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.member.MemberId;

/** Dependents by id; an import inserts or updates by (member, 被扶養者番号) like the real store. */
public final class InMemoryDependents implements StoreDependentsPort, LoadDependentsPort {
    private final List<Dependent> dependents = new ArrayList<>();
    private final LoadMemberPort members;
    private final AtomicInteger merges = new AtomicInteger();
    private long nextId = 1;

    /** @param members where a staged row's card is looked up, like the real store's join */
    public InMemoryDependents(LoadMemberPort members) {
        this.members = members;
    }

    @Override
    public DependentsStage stageDependents(InsurerCode insurer) {
        class Stage extends InMemoryStage<DependentRosterEntry> implements DependentsStage {
            Stage() {
                super(e -> List.of(e.symbol(), e.memberNumber(), e.number()), merges::incrementAndGet);
            }

            private Optional<MemberId> member(DependentRosterEntry e) {
                return members.findByCard(insurer, e.symbol(), e.memberNumber()).map(InsuredMember::id);
            }

            @Override
            public Lines unknownMembers(int limit) {
                List<Integer> unknown = new ArrayList<>();
                for (int i = 0; i < entries.size(); i++) {
                    if (member(entries.get(i)).isEmpty()) {
                        unknown.add(lines.get(i));
                    }
                }
                return lines(unknown, limit);
            }

            @Override
            RosterCounts store(boolean write) {
                List<DependentEntry> found = entries.stream().map(e -> e.under(member(e).orElseThrow())).toList();
                return write ? storeDependents(found) : previewDependents(found);
            }
        }
        return new Stage();
    }

    /** How many staged rosters were merged (a refused file is not). */
    public int merges() {
        return merges.get();
    }

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
