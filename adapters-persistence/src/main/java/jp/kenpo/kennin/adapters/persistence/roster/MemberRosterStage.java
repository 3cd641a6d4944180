package jp.kenpo.kennin.adapters.persistence.roster;

import jp.kenpo.kennin.application.roster.RosterEntry;
import jp.kenpo.kennin.application.roster.RosterStage;
import jp.kenpo.kennin.application.roster.StoreRosterPort.RosterCounts;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import org.jooq.DSLContext;

/**
 * A member roster staged, then merged by card (insurer, 記号, 番号) in two statements: one MERGE
 * that updates the members whose row differs, one INSERT ... SELECT of the cards not stored yet.
 * A member's address they set themselves is kept (the stored one wins while
 * email_set_by_member), exactly as the row-by-row comparison before it did.
 */
public final class MemberRosterStage implements RosterStage<RosterEntry> {
    private static final String TABLE = "roster_member_stage";
    private static final String COLUMNS = "symbol, number, name_written, name_kana, name_kana_key, birth_date, email, email_key, office";
    private static final String STORED = "m.insurer_code = ? and m.symbol = s.symbol and m.number = s.number";
    /** Whether a stored member differs from the staged row, in what the roster may change. */
    private static final String DIFFERS = "(m.name_written <> s.name_written or m.name_kana <> s.name_kana"
            + " or m.name_kana_key is distinct from s.name_kana_key or m.birth_date <> s.birth_date or m.office <> s.office"
            + " or (not m.email_set_by_member and (m.email <> s.email or m.email_key <> s.email_key)))";

    private final Staging staging;

    public MemberRosterStage(DSLContext dsl, InsurerCode insurer) {
        this.staging = new Staging(dsl, insurer, TABLE, COLUMNS);
    }

    @Override
    public void add(int line, RosterEntry e) {
        staging.add(line, e.symbol().value(), e.number().value(), e.name().written(), e.name().kana(), e.name().kanaKey(),
                e.birthDate(), e.email().value(), e.email().key(), e.office() == null ? "" : e.office().strip());
    }

    @Override
    public Lines repeatedKeys(int limit) {
        return staging.repeated("symbol, number", limit);
    }

    @Override
    public RosterCounts merge() {
        staging.finishWriting();
        staging.lockInsurer();
        int updated = staging.sql.execute("merge into member m using (select * from " + TABLE + " where import_id = ?) s"
                + " on (" + STORED + ")"
                + " when matched and " + DIFFERS + " then update set name_written = s.name_written, name_kana = s.name_kana,"
                + " name_kana_key = s.name_kana_key, birth_date = s.birth_date, office = s.office,"
                + " email = case when m.email_set_by_member then m.email else s.email end,"
                + " email_key = case when m.email_set_by_member then m.email_key else s.email_key end",
                staging.importId, staging.insurer);
        int created = staging.sql.execute("insert into member (insurer_code, symbol, number, name_written, name_kana, name_kana_key,"
                + " birth_date, email, email_key, office, email_set_by_member)"
                + " select ?, s.symbol, s.number, s.name_written, s.name_kana, s.name_kana_key, s.birth_date, s.email, s.email_key,"
                + " s.office, false from " + TABLE + " s where s.import_id = ?"
                + " and not exists (select 1 from member m where " + STORED + ") order by s.line",
                staging.insurer, staging.importId, staging.insurer);
        return new RosterCounts(created, updated, staging.staged() - created - updated);
    }

    @Override
    public RosterCounts countChanges() {
        staging.finishWriting();
        int created = staging.count("select count(*) from " + TABLE + " s where s.import_id = ?"
                + " and not exists (select 1 from member m where " + STORED + ")", staging.importId, staging.insurer);
        int updated = staging.count("select count(*) from " + TABLE + " s join member m on " + STORED
                + " where s.import_id = ? and " + DIFFERS, staging.insurer, staging.importId);
        return new RosterCounts(created, updated, staging.staged() - created - updated);
    }

    @Override
    public void close() {
        staging.close();
    }
}
