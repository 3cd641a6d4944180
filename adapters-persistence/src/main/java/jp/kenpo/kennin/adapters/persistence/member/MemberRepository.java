package jp.kenpo.kennin.adapters.persistence.member;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.MEMBER;

import java.util.List;
import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.cache.RenderedQuery;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.MemberRecord;
import jp.kenpo.kennin.application.helpdesk.SearchMembersPort;
import jp.kenpo.kennin.application.member.LoadMemberPort;
import jp.kenpo.kennin.application.member.UpdateMemberEmailPort;
import jp.kenpo.kennin.adapters.persistence.roster.MemberRosterStage;
import jp.kenpo.kennin.application.roster.RosterStage;
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

/** Insured members: looked up by card, id or address, written by roster imports and by the members themselves. */
public final class MemberRepository implements LoadMemberPort, UpdateMemberEmailPort, StoreRosterPort, SearchMembersPort {
    /** Rows given their kana key per round trip. */
    private static final int ROSTER_CHUNK = 1000;

    private final DSLContext dsl;
    private final RenderedQuery load;

    public MemberRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.load = RenderedQuery.of(dsl, dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(0L)));
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
        return load.fetchOptionalInto(MEMBER, id.value()).map(MemberRepository::toMember);
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

    /** The roster's rows go through a stage of their own and are merged set-based (see {@link MemberRosterStage}). */
    @Override
    public RosterStage<RosterEntry> stageRoster(InsurerCode insurer) {
        return new MemberRosterStage(dsl, insurer);
    }

    private static InsuredMember toMember(MemberRecord r) {
        return new InsuredMember(new MemberId(r.getId()), new InsurerCode(r.getInsurerCode()), new MemberSymbol(r.getSymbol()),
                new MemberNumber(r.getNumber()), new PersonName(r.getNameWritten(), r.getNameKana()), r.getBirthDate(),
                new EmailAddress(r.getEmail()), r.getOffice(), r.getEmailSetByMember());
    }
}
