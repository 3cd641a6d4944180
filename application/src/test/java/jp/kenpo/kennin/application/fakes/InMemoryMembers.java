package jp.kenpo.kennin.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.member.UpdateMemberEmailPort;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kenpo.kennin.application.roster.RosterStage;
import jp.kenpo.kennin.application.roster.RosterEntry;
import jp.kenpo.kennin.application.roster.StoreRosterPort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;

/** Members by id; a roster import inserts or updates by (insurer, 記号, 番号) like the real store. */
public final class InMemoryMembers implements LoadMemberPort, UpdateMemberEmailPort, StoreRosterPort {
    private final List<InsuredMember> members = new ArrayList<>();
    private final AtomicInteger merges = new AtomicInteger();
    private long nextId = 1;

    @Override
    public synchronized Optional<InsuredMember> findByCard(InsurerCode insurer, MemberSymbol symbol, MemberNumber number) {
        return members.stream()
                .filter(m -> m.insurer().equals(insurer) && m.symbol().equals(symbol) && m.number().equals(number))
                .findFirst();
    }

    @Override
    public synchronized Optional<InsuredMember> loadMember(MemberId id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<InsuredMember> findByEmail(InsurerCode insurer, EmailAddress email) {
        return members.stream().filter(m -> m.insurer().equals(insurer) && m.email().key().equals(email.key())).toList();
    }

    @Override
    public synchronized void changeEmailByMember(MemberId member, EmailAddress email) {
        replace(loadMember(member).orElseThrow().withEmailChangedByMember(email));
    }

    @Override
    public RosterStage<RosterEntry> stageRoster(InsurerCode insurer) {
        return new InMemoryStage<RosterEntry>(e -> List.of(e.symbol(), e.number()), merges::incrementAndGet) {
            @Override
            RosterCounts store(boolean write) {
                return write ? storeRoster(insurer, entries) : previewRoster(insurer, entries);
            }
        };
    }

    /** How many staged rosters were merged (a refused file is not). */
    public int merges() {
        return merges.get();
    }

    @Override
    public synchronized RosterCounts storeRoster(InsurerCode insurer, List<RosterEntry> entries) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (RosterEntry e : entries) {
            Optional<InsuredMember> existing = findByCard(insurer, e.symbol(), e.number());
            if (existing.isEmpty()) {
                add(insurer, e);
                created++;
                continue;
            }
            InsuredMember old = existing.get();
            InsuredMember next = new InsuredMember(old.id(), insurer, e.symbol(), e.number(), e.name(), e.birthDate(),
                    old.emailSetByMember() ? old.email() : e.email(), e.office(), old.emailSetByMember());
            if (next.equals(old)) {
                unchanged++;
            } else {
                replace(next);
                updated++;
            }
        }
        return new RosterCounts(created, updated, unchanged);
    }

    /** What {@link #storeRoster} would count, with nothing changed. */
    public synchronized RosterCounts previewRoster(InsurerCode insurer, List<RosterEntry> entries) {
        int created = 0;
        int updated = 0;
        for (RosterEntry e : entries) {
            Optional<InsuredMember> existing = findByCard(insurer, e.symbol(), e.number());
            if (existing.isEmpty()) {
                created++;
            } else {
                InsuredMember old = existing.get();
                if (!new InsuredMember(old.id(), insurer, e.symbol(), e.number(), e.name(), e.birthDate(),
                        old.emailSetByMember() ? old.email() : e.email(), e.office(), old.emailSetByMember()).equals(old)) {
                    updated++;
                }
            }
        }
        return new RosterCounts(created, updated, entries.size() - created - updated);
    }

    /** Adds a member as a roster import would. */
    public synchronized InsuredMember add(InsurerCode insurer, RosterEntry entry) {
        InsuredMember member = new InsuredMember(new MemberId(nextId++), insurer, entry.symbol(), entry.number(), entry.name(),
                entry.birthDate(), entry.email(), entry.office(), false);
        members.add(member);
        return member;
    }

    public synchronized List<InsuredMember> all() {
        return members.stream().sorted(Comparator.comparingLong(m -> m.id().value())).toList();
    }

    private void replace(InsuredMember member) {
        members.removeIf(m -> m.id().equals(member.id()));
        members.add(member);
    }
}
