package jp.kenpo.kennin.application.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.progress.ProgressStatus;

/** The read model in memory (shared with the web tests), for one insurer and year: facts given by the test, rows and counts kept like the database's. */
public final class InMemoryProgress implements ProgressFactsPort, StoreProgressPort, ProgressQueryPort {
    public final TreeMap<Long, ProgressFacts> facts = new TreeMap<>();
    public final Map<Long, MemberProgress> rows = new HashMap<>();
    public final Map<Long, LocalDate> extensions = new HashMap<>();
    int storeCalls;

    public void add(ProgressFacts f) {
        facts.put(f.member().value(), f);
    }

    @Override
    public Optional<ProgressFacts> factsOf(InsurerCode insurer, int fiscalYear, MemberId member) {
        return Optional.ofNullable(facts.get(member.value()));
    }

    @Override
    public List<ProgressFacts> factsAfter(InsurerCode insurer, int fiscalYear, long afterMemberId, int limit) {
        return facts.tailMap(afterMemberId, false).values().stream().limit(limit).toList();
    }

    @Override
    public void store(InsurerCode insurer, int fiscalYear, MemberProgress progress) {
        storeAll(insurer, fiscalYear, List.of(progress));
    }

    @Override
    public void storeAll(InsurerCode insurer, int fiscalYear, List<MemberProgress> batch) {
        storeCalls++;
        batch.forEach(p -> rows.put(p.member().value(), p));
    }

    @Override
    public List<OfficeStatusCount> counts(InsurerCode insurer, int fiscalYear, Optional<String> office) {
        Map<String, Map<ProgressStatus, Long>> counts = new TreeMap<>();
        rows.values().stream().filter(r -> office.map(r.office()::equals).orElse(true))
                .forEach(r -> counts.computeIfAbsent(r.office(), o -> new TreeMap<>()).merge(r.status(), 1L, Long::sum));
        List<OfficeStatusCount> out = new ArrayList<>();
        counts.forEach((o, m) -> m.forEach((s, n) -> out.add(new OfficeStatusCount(o, s, n))));
        return out;
    }

    @Override
    public List<OfficeStatusCount> stillExtended(InsurerCode insurer, int fiscalYear, Optional<String> office,
                                                 LocalDate extendedBeyond, LocalDate today) {
        Map<String, Map<ProgressStatus, Long>> counts = new TreeMap<>();
        rows.values().stream().filter(r -> office.map(r.office()::equals).orElse(true))
                .filter(r -> r.status().notYetSubmitted())
                .filter(r -> extensions.containsKey(r.member().value()))
                .filter(r -> extensions.get(r.member().value()).isAfter(extendedBeyond)
                        && !extensions.get(r.member().value()).isBefore(today))
                .forEach(r -> counts.computeIfAbsent(r.office(), o -> new TreeMap<>()).merge(r.status(), 1L, Long::sum));
        List<OfficeStatusCount> out = new ArrayList<>();
        counts.forEach((o, m) -> m.forEach((s, n) -> out.add(new OfficeStatusCount(o, s, n))));
        return out;
    }

    @Override
    public void membersOf(InsurerCode insurer, int fiscalYear, String office, List<ProgressStatus> statuses,
                          Consumer<OfficeMember> sink) {
        rows.values().stream().filter(r -> r.office().equals(office) && statuses.contains(r.status()))
                .sorted((a, b) -> Long.compare(a.member().value(), b.member().value()))
                .forEach(r -> sink.accept(new OfficeMember(r.member(), "01", String.valueOf(r.member().value()), "山田 太郎",
                        "ヤマダ タロウ", r.status(), Optional.ofNullable(extensions.get(r.member().value())))));
    }

    @Override
    public List<QueueItem> queue(InsurerCode insurer, int fiscalYear, QueueFilter filter, Optional<QueueCursor> after,
                                 int limit) {
        return rows.values().stream().filter(r -> r.status() == filter.status() && r.submittedAt().isPresent())
                .sorted((a, b) -> a.submittedAt().get().compareTo(b.submittedAt().get()) != 0
                        ? a.submittedAt().get().compareTo(b.submittedAt().get())
                        : Long.compare(a.member().value(), b.member().value()))
                .filter(r -> after.map(c -> r.submittedAt().get().isAfter(c.submittedAt())
                        || r.submittedAt().get().equals(c.submittedAt()) && r.member().value() > c.member()).orElse(true))
                .limit(limit)
                .map(r -> new QueueItem(r.member(), "01", String.valueOf(r.member().value()), "山田 太郎", r.office(),
                        r.submittedAt().get(), r.prospect(), r.returnedBefore(), r.pendingApproval(), Optional.empty()))
                .toList();
    }

    @Override
    public List<Reviewer> reviewers(InsurerCode insurer) {
        return List.of();
    }
}
