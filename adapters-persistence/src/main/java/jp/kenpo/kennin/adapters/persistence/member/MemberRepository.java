package jp.kenpo.kennin.adapters.persistence.member;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.INSURER;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER;
import static jp.kenpo.kennin.adapters.persistence.RecordChanges.setIfDifferent;
import static org.jooq.impl.DSL.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.MemberRecord;
import jp.kenpo.kennin.application.helpdesk.SearchMembersPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.member.UpdateMemberEmailPort;
import jp.kenpo.kennin.application.roster.PreviewRosterPort;
import jp.kenpo.kennin.application.roster.RosterEntry;
import jp.kenpo.kennin.application.roster.StoreRosterPort;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;
import jp.kenpo.kennin.domain.text.JapaneseText;
import org.jooq.DSLContext;
import org.jooq.Row2;

/** Insured members: looked up by card, id or address, written by roster imports and by the members themselves. */
public final class MemberRepository implements LoadMemberPort, UpdateMemberEmailPort, StoreRosterPort, SearchMembersPort,
        PreviewRosterPort {
    /** Roster rows looked up and written per round trip: few statements, bounded memory, well under bind limits. */
    private static final int ROSTER_CHUNK = 1000;

    private final DSLContext dsl;

    public MemberRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<InsuredMember> findByCard(InsurerCode insurer, MemberSymbol symbol, MemberNumber number) {
        return dsl.selectFrom(MEMBER)
                .where(MEMBER.INSURER_CODE.eq(insurer.value()))
                .and(MEMBER.SYMBOL.eq(symbol.value()))
                .and(MEMBER.NUMBER.eq(number.value()))
                .fetchOptional(MemberRepository::toMember);
    }

    @Override
    public Optional<InsuredMember> loadMember(MemberId id) {
        return dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(id.value())).fetchOptional(MemberRepository::toMember);
    }

    @Override
    public List<InsuredMember> findByEmail(InsurerCode insurer, EmailAddress email) {
        return dsl.selectFrom(MEMBER)
                .where(MEMBER.INSURER_CODE.eq(insurer.value()))
                .and(MEMBER.EMAIL_KEY.eq(email.key()))
                .orderBy(MEMBER.ID)
                .fetch(MemberRepository::toMember);
    }

    @Override
    public List<InsuredMember> findByKana(InsurerCode insurer, String kanaKey, int offset, int limit) {
        // kanaKey is katakana, ー and ・ only (the use case checked it): nothing in it is a LIKE wildcard.
        return dsl.selectFrom(MEMBER)
                .where(MEMBER.INSURER_CODE.eq(insurer.value()))
                .and(MEMBER.NAME_KANA_KEY.contains(kanaKey))
                .orderBy(MEMBER.NAME_KANA_KEY, MEMBER.ID)
                .offset(offset)
                .limit(limit)
                .fetch(MemberRepository::toMember);
    }

    /**
     * Computes the kana search key of rows stored before it existed (V12); runs at start-up and
     * does nothing once every row has one.
     *
     * @return how many rows were given their key
     */
    public int fillKanaKeys() {
        int filled = 0;
        while (true) {
            List<MemberRecord> missing = dsl.selectFrom(MEMBER).where(MEMBER.NAME_KANA_KEY.isNull()).orderBy(MEMBER.ID)
                    .limit(ROSTER_CHUNK).fetch();
            if (missing.isEmpty()) {
                return filled;
            }
            missing.forEach(r -> r.setNameKanaKey(JapaneseText.kanaKey(r.getNameKana())));
            dsl.batchUpdate(missing).execute();
            filled += missing.size();
        }
    }

    @Override
    public void changeEmailByMember(MemberId member, EmailAddress email) {
        dsl.update(MEMBER)
                .set(MEMBER.EMAIL, email.value())
                .set(MEMBER.EMAIL_KEY, email.key())
                .set(MEMBER.EMAIL_SET_BY_MEMBER, true)
                .where(MEMBER.ID.eq(member.value()))
                .execute();
    }

    /**
     * Compares each entry with the stored row and writes only what differs, so re-importing the
     * same file changes nothing and the counts tell the operator what the file actually changed.
     */
    @Override
    public RosterCounts storeRoster(InsurerCode insurer, List<RosterEntry> entries) {
        // The insurer's row locked for the transaction: a second roster committed at the same moment (two tabs,
        // two staff) waits, then reads the members this one created instead of inserting them again.
        dsl.select(INSURER.CODE).from(INSURER).where(INSURER.CODE.eq(insurer.value())).forUpdate().fetch();
        return compareRoster(insurer, entries, true);
    }

    /** The same comparison as {@link #storeRoster}, with nothing written: what a commit would count now. */
    @Override
    public RosterCounts previewRoster(InsurerCode insurer, List<RosterEntry> entries) {
        return compareRoster(insurer, entries, false);
    }

    private RosterCounts compareRoster(InsurerCode insurer, List<RosterEntry> entries, boolean write) {
        int created = 0;
        int updated = 0;
        for (int from = 0; from < entries.size(); from += ROSTER_CHUNK) {
            List<RosterEntry> chunk = entries.subList(from, Math.min(entries.size(), from + ROSTER_CHUNK));
            Map<Card, MemberRecord> stored = storedMembers(insurer, chunk);
            List<MemberRecord> inserts = new ArrayList<>();
            List<MemberRecord> updates = new ArrayList<>();
            for (RosterEntry entry : chunk) {
                MemberRecord record = stored.get(Card.of(entry));
                if (record == null) {
                    record = dsl.newRecord(MEMBER);
                    record.setInsurerCode(insurer.value());
                    record.setSymbol(entry.symbol().value());
                    record.setNumber(entry.number().value());
                    record.setEmailSetByMember(false);
                    applyRoster(record, entry);
                    inserts.add(record);
                } else if (applyRoster(record, entry)) {
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

    private Map<Card, MemberRecord> storedMembers(InsurerCode insurer, List<RosterEntry> entries) {
        List<Row2<String, String>> cards = entries.stream().map(e -> row(e.symbol().value(), e.number().value())).toList();
        return dsl.selectFrom(MEMBER)
                .where(MEMBER.INSURER_CODE.eq(insurer.value()))
                .and(row(MEMBER.SYMBOL, MEMBER.NUMBER).in(cards))
                .fetch()
                .stream()
                .collect(Collectors.toMap(r -> new Card(r.getSymbol(), r.getNumber()), r -> r));
    }

    /** Sets what the roster says about the member; returns whether anything differed. */
    private static boolean applyRoster(MemberRecord record, RosterEntry entry) {
        boolean changed = setIfDifferent(record, MEMBER.NAME_WRITTEN, entry.name().written());
        changed |= setIfDifferent(record, MEMBER.NAME_KANA, entry.name().kana());
        changed |= setIfDifferent(record, MEMBER.NAME_KANA_KEY, entry.name().kanaKey());
        changed |= setIfDifferent(record, MEMBER.BIRTH_DATE, entry.birthDate());
        changed |= setIfDifferent(record, MEMBER.OFFICE, entry.office() == null ? "" : entry.office().strip());
        // An address the member set themselves is newer than what the insurer's file knows.
        if (!record.getEmailSetByMember()) {
            changed |= setIfDifferent(record, MEMBER.EMAIL, entry.email().value());
            changed |= setIfDifferent(record, MEMBER.EMAIL_KEY, entry.email().key());
        }
        return changed;
    }

    private static InsuredMember toMember(MemberRecord r) {
        return new InsuredMember(new MemberId(r.getId()), new InsurerCode(r.getInsurerCode()), new MemberSymbol(r.getSymbol()),
                new MemberNumber(r.getNumber()), new PersonName(r.getNameWritten(), r.getNameKana()), r.getBirthDate(),
                new EmailAddress(r.getEmail()), r.getOffice(), r.getEmailSetByMember());
    }

    /** 記号・番号, the roster's key within one insurer. */
    private record Card(String symbol, String number) {
        static Card of(RosterEntry entry) {
            return new Card(entry.symbol().value(), entry.number().value());
        }
    }
}
