package jp.kenpo.kennin.adapters.persistence.roster;

import jp.kenpo.kennin.application.roster.DependentRosterEntry;
import jp.kenpo.kennin.application.roster.DependentsStage;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import org.jooq.DSLContext;

/**
 * A dependents roster staged with its members' cards; the members are found by a join when the
 * file is whole (not one lookup per row), then the dependents are merged by (member,
 * 被扶養者番号) like the members: one MERGE for what differs, one INSERT ... SELECT for what is new.
 */
public final class DependentRosterStage implements DependentsStage {
    private static final String TABLE = "roster_dependent_stage";
    private static final String COLUMNS = "symbol, number, dependent_number, name_written, name_kana, birth_date, relationship,"
            + " relationship_term, sex, cohabitation, certified_on";
    private static final String MEMBER = "m.insurer_code = ? and m.symbol = s.symbol and m.number = s.number";
    /** The staged rows with their member's id: only rows whose member exists (a merge runs only when all do). */
    private static final String WITH_MEMBER = "select m.id as member_id, s.line, s.dependent_number, s.name_written, s.name_kana,"
            + " s.birth_date, s.relationship, s.relationship_term, s.sex, s.cohabitation, s.certified_on from " + TABLE
            + " s join member m on " + MEMBER + " where s.import_id = ?";
    private static final String STORED = "d.member_id = s.member_id and d.dependent_number = s.dependent_number";
    private static final String DIFFERS = "(d.name_written <> s.name_written or d.name_kana <> s.name_kana"
            + " or d.birth_date <> s.birth_date or d.relationship <> s.relationship or d.relationship_term <> s.relationship_term"
            + " or d.sex <> s.sex or d.cohabitation <> s.cohabitation or d.certified_on is distinct from s.certified_on)";

    private final Staging staging;

    public DependentRosterStage(DSLContext dsl, InsurerCode insurer) {
        this.staging = new Staging(dsl, insurer, TABLE, COLUMNS);
    }

    @Override
    public void add(int line, DependentRosterEntry e) {
        staging.add(line, e.symbol().value(), e.memberNumber().value(), e.number().value(), e.name().written(), e.name().kana(),
                e.birthDate(), e.relationship().kind().name(), e.relationship().term(), e.sex().name(), e.cohabitation().name(),
                e.certifiedOn().orElse(null));
    }

    @Override
    public Lines unknownMembers(int limit) {
        return staging.lines("select s.line from " + TABLE + " s where s.import_id = ? and not exists (select 1 from member m where "
                + MEMBER + ")", limit, staging.importId, staging.insurer);
    }

    @Override
    public Lines repeatedKeys(int limit) {
        return staging.repeated("symbol, number, dependent_number", limit);
    }

    @Override
    public RosterCounts merge() {
        staging.finishWriting();
        staging.lockInsurer();
        int updated = staging.sql.execute("merge into dependent d using (" + WITH_MEMBER + ") s on (" + STORED + ")"
                + " when matched and " + DIFFERS + " then update set name_written = s.name_written, name_kana = s.name_kana,"
                + " birth_date = s.birth_date, relationship = s.relationship, relationship_term = s.relationship_term,"
                + " sex = s.sex, cohabitation = s.cohabitation, certified_on = s.certified_on",
                staging.insurer, staging.importId);
        int created = staging.sql.execute("insert into dependent (member_id, dependent_number, name_written, name_kana, birth_date,"
                + " relationship, relationship_term, sex, cohabitation, certified_on)"
                + " select s.member_id, s.dependent_number, s.name_written, s.name_kana, s.birth_date, s.relationship,"
                + " s.relationship_term, s.sex, s.cohabitation, s.certified_on from (" + WITH_MEMBER + ") s"
                + " where not exists (select 1 from dependent d where " + STORED + ") order by s.line",
                staging.insurer, staging.importId);
        return new RosterCounts(created, updated, staging.staged() - created - updated);
    }

    @Override
    public RosterCounts countChanges() {
        staging.finishWriting();
        int created = staging.count("select count(*) from (" + WITH_MEMBER + ") s where not exists (select 1 from dependent d"
                + " where " + STORED + ")", staging.insurer, staging.importId);
        int updated = staging.count("select count(*) from (" + WITH_MEMBER + ") s join dependent d on " + STORED
                + " where " + DIFFERS, staging.insurer, staging.importId);
        return new RosterCounts(created, updated, staging.staged() - created - updated);
    }

    @Override
    public void close() {
        staging.close();
    }
}
