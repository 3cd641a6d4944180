package jp.kenpo.kennin.adapters.persistence.dependent;

import static jp.kenpo.kennin.adapters.persistence.RecordChanges.setIfDifferent;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.DEPENDENT;
import static org.jooq.impl.DSL.row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.DependentRecord;
import jp.kenpo.kennin.application.dependent.LoadDependentsPort;
import jp.kenpo.kennin.application.roster.DependentEntry;
import jp.kenpo.kennin.application.roster.PreviewDependentsPort;
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
import org.jooq.Row2;

/** Dependents: written by roster imports, read per member. */
public final class DependentRepository implements StoreDependentsPort, LoadDependentsPort, PreviewDependentsPort {
    /** Rows looked up and written per round trip, as for the member roster. */
    private static final int CHUNK = 1000;

    private final DSLContext dsl;

    public DependentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public RosterCounts storeDependents(List<DependentEntry> entries) {
        return compare(entries, true);
    }

    /** The same comparison as {@link #storeDependents}, with nothing written: what a commit would count now. */
    @Override
    public RosterCounts previewDependents(List<DependentEntry> entries) {
        return compare(entries, false);
    }

    private RosterCounts compare(List<DependentEntry> entries, boolean write) {
        int created = 0;
        int updated = 0;
        for (int from = 0; from < entries.size(); from += CHUNK) {
            List<DependentEntry> chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
            Map<Key, DependentRecord> stored = stored(chunk);
            List<DependentRecord> inserts = new ArrayList<>();
            List<DependentRecord> updates = new ArrayList<>();
            for (DependentEntry entry : chunk) {
                DependentRecord record = stored.get(Key.of(entry));
                if (record == null) {
                    record = dsl.newRecord(DEPENDENT);
                    record.setMemberId(entry.member().value());
                    record.setDependentNumber(entry.number().value());
                    apply(record, entry);
                    inserts.add(record);
                } else if (apply(record, entry)) {
                    updates.add(record);
                }
            }
            if (write) {
                dsl.batchInsert(inserts).execute();
                dsl.batchUpdate(updates).execute();
            }
            created += inserts.size();
            updated += updates.size();
        }
        return new RosterCounts(created, updated, entries.size() - created - updated);
    }

    @Override
    public List<Dependent> dependentsOf(MemberId member) {
        return dsl.selectFrom(DEPENDENT)
                .where(DEPENDENT.MEMBER_ID.eq(member.value()))
                .fetch(DependentRepository::toDependent)
                .stream()
                .sorted(Comparator.comparing(Dependent::number))
                .toList();
    }

    private Map<Key, DependentRecord> stored(List<DependentEntry> entries) {
        List<Row2<Long, String>> keys = entries.stream().map(e -> row(e.member().value(), e.number().value())).toList();
        return dsl.selectFrom(DEPENDENT)
                .where(row(DEPENDENT.MEMBER_ID, DEPENDENT.DEPENDENT_NUMBER).in(keys))
                .fetch()
                .stream()
                .collect(Collectors.toMap(r -> new Key(r.getMemberId(), r.getDependentNumber()), r -> r));
    }

    /** Sets what the roster says about the dependent; returns whether anything differed. */
    private static boolean apply(DependentRecord record, DependentEntry entry) {
        boolean changed = setIfDifferent(record, DEPENDENT.NAME_WRITTEN, entry.name().written());
        changed |= setIfDifferent(record, DEPENDENT.NAME_KANA, entry.name().kana());
        changed |= setIfDifferent(record, DEPENDENT.BIRTH_DATE, entry.birthDate());
        changed |= setIfDifferent(record, DEPENDENT.RELATIONSHIP, entry.relationship().kind().name());
        changed |= setIfDifferent(record, DEPENDENT.RELATIONSHIP_TERM, entry.relationship().term());
        changed |= setIfDifferent(record, DEPENDENT.SEX, entry.sex().name());
        changed |= setIfDifferent(record, DEPENDENT.COHABITATION, entry.cohabitation().name());
        changed |= setIfDifferent(record, DEPENDENT.CERTIFIED_ON, entry.certifiedOn().orElse(null));
        return changed;
    }

    /** The one mapping of a dependent row, also used by the progress read model. */
    public static Dependent toDependent(DependentRecord r) {
        return new Dependent(new DependentId(r.getId()), new MemberId(r.getMemberId()), new DependentNumber(r.getDependentNumber()),
                new PersonName(r.getNameWritten(), r.getNameKana()), r.getBirthDate(),
                new StatedRelationship(r.getRelationshipTerm(), Relationship.valueOf(r.getRelationship())),
                Sex.valueOf(r.getSex()), Cohabitation.valueOf(r.getCohabitation()), Optional.ofNullable(r.getCertifiedOn()));
    }

    /** (member, 被扶養者番号), a dependent's key. */
    private record Key(long member, String number) {
        static Key of(DependentEntry entry) {
            return new Key(entry.member().value(), entry.number().value());
        }
    }
}
