package jp.kenpo.kennin.adapters.persistence.dependent;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.DEPENDENT;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpo.kennin.adapters.persistence.cache.RenderedQuery;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.DependentRecord;
import jp.kenpo.kennin.application.dependent.LoadDependentsPort;
import jp.kenpo.kennin.application.roster.DependentEntry;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.MemberRecord;
import jp.kenpo.kennin.adapters.persistence.roster.DependentRosterStage;
import jp.kenpo.kennin.application.roster.DependentRosterEntry;
import jp.kenpo.kennin.application.roster.DependentsStage;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import java.util.HashMap;
import java.util.LinkedHashMap;
import jp.kenpo.kennin.application.roster.StoreDependentsPort;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.eligibility.Relationship;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.PersonName;
import org.jooq.DSLContext;

/** Dependents: written by roster imports, read per member. */
public final class DependentRepository implements StoreDependentsPort, LoadDependentsPort {
    /** Members looked up per round trip when storing dependents by member id. */
    private static final int CHUNK = 1000;

    private final DSLContext dsl;
    private final RenderedQuery ofMember;

    public DependentRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.ofMember = RenderedQuery.of(dsl, dsl.selectFrom(DEPENDENT).where(DEPENDENT.MEMBER_ID.eq(0L)));
    }

    /** The roster's rows go through a stage of their own and are merged set-based (see {@link DependentRosterStage}). */
    @Override
    public DependentsStage stageDependents(InsurerCode insurer) {
        return new DependentRosterStage(dsl, insurer);
    }

    /**
     * Stores dependents of members known by id (fixtures, the demo) through the same stage and
     * merge as an import: each member's card is looked up, per insurer.
     */
    public RosterCounts storeDependents(List<DependentEntry> entries) {
        Map<Long, MemberRecord> members = new HashMap<>();
        List<Long> ids = entries.stream().map(e -> e.member().value()).distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            dsl.selectFrom(MEMBER).where(MEMBER.ID.in(ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                    .forEach(m -> members.put(m.getId(), m));
        }
        for (Long id : ids) {
            if (!members.containsKey(id)) {
                throw new org.jooq.exception.DataAccessException("no member " + id + " for a dependent");
            }
        }
        Map<String, List<DependentEntry>> byInsurer = entries.stream()
                .collect(Collectors.groupingBy(e -> members.get(e.member().value()).getInsurerCode(), LinkedHashMap::new,
                        Collectors.toList()));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Map.Entry<String, List<DependentEntry>> insurer : byInsurer.entrySet()) {
            try (DependentsStage stage = stageDependents(new InsurerCode(insurer.getKey()))) {
                int line = 2;
                for (DependentEntry e : insurer.getValue()) {
                    MemberRecord m = members.get(e.member().value());
                    stage.add(line++, new DependentRosterEntry(new MemberSymbol(m.getSymbol()), new MemberNumber(m.getNumber()),
                            e.number(), e.name(), e.birthDate(), e.relationship(), e.sex(), e.cohabitation(), e.certifiedOn()));
                }
                RosterCounts counts = stage.merge();
                created += counts.created();
                updated += counts.updated();
                unchanged += counts.unchanged();
            }
        }
        return new RosterCounts(created, updated, unchanged);
    }

    @Override
    public List<Dependent> dependentsOf(MemberId member) {
        return ofMember.fetchInto(DEPENDENT, member.value()).stream()
                .map(DependentRepository::toDependent)
                .sorted(Comparator.comparing(Dependent::number))
                .toList();
    }

    /** The one mapping of a dependent row, also used by the progress read model. */
    public static Dependent toDependent(DependentRecord r) {
        return new Dependent(new DependentId(r.getId()), new MemberId(r.getMemberId()), new DependentNumber(r.getDependentNumber()),
                new PersonName(r.getNameWritten(), r.getNameKana()), r.getBirthDate(),
                new StatedRelationship(r.getRelationshipTerm(), Relationship.valueOf(r.getRelationship())),
                Sex.valueOf(r.getSex()), Cohabitation.valueOf(r.getCohabitation()), Optional.ofNullable(r.getCertifiedOn()));
    }
}
