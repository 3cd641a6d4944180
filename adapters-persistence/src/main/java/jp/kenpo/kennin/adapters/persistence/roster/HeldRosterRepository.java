package jp.kenpo.kennin.adapters.persistence.roster;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.HELD_ROSTER;

import java.time.Instant;
import java.util.Optional;
import jp.kenpo.kennin.adapters.persistence.jooq.tables.records.HeldRosterRecord;
import jp.kenpo.kennin.application.roster.HeldRoster;
import jp.kenpo.kennin.application.roster.HeldRosterPort;
import jp.kenpo.kennin.domain.staff.StaffId;
import org.jooq.DSLContext;

/** Previewed roster files in table {@code held_roster} (V24), taken by a conditional delete so each is committed once. */
public final class HeldRosterRepository implements HeldRosterPort {
    private final DSLContext dsl;

    public HeldRosterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void hold(String tokenHash, HeldRoster roster) {
        dsl.transaction(() -> {
            dsl.deleteFrom(HELD_ROSTER)
                    .where(HELD_ROSTER.STAFF_ID.eq(roster.staff().value()))
                    .execute();
            dsl.insertInto(HELD_ROSTER)
                    .set(HELD_ROSTER.TOKEN_HASH, tokenHash)
                    .set(HELD_ROSTER.STAFF_ID, roster.staff().value())
                    .set(HELD_ROSTER.FILE_NAME, roster.fileName())
                    .set(HELD_ROSTER.KIND, roster.kind().name())
                    .set(HELD_ROSTER.ENCODING, roster.encoding())
                    .set(HELD_ROSTER.CONTENT, roster.content())
                    .set(HELD_ROSTER.HELD_AT, roster.heldAt())
                    .execute();
        });
    }

    @Override
    public Optional<HeldRoster> release(String tokenHash, StaffId staff, Instant notBefore) {
        return dsl.transactionResult(() -> {
            Optional<HeldRosterRecord> found = dsl.selectFrom(HELD_ROSTER)
                    .where(HELD_ROSTER.TOKEN_HASH.eq(tokenHash), HELD_ROSTER.STAFF_ID.eq(staff.value()),
                            HELD_ROSTER.HELD_AT.ge(notBefore))
                    .fetchOptional();
            // Two commits of one preview (a double click, two tabs): only the one whose delete removes the row goes on.
            if (found.isEmpty() || dsl.deleteFrom(HELD_ROSTER).where(HELD_ROSTER.TOKEN_HASH.eq(tokenHash)).execute() != 1) {
                return Optional.<HeldRoster>empty();
            }
            HeldRosterRecord r = found.get();
            return Optional.of(new HeldRoster(new StaffId(r.getStaffId()), r.getFileName(), HeldRoster.Kind.valueOf(r.getKind()),
                    r.getEncoding(), r.getContent(), r.getHeldAt()));
        });
    }

    @Override
    public int forgetHeldBefore(Instant expiredBefore) {
        return dsl.deleteFrom(HELD_ROSTER).where(HELD_ROSTER.HELD_AT.lt(expiredBefore)).execute();
    }
}
