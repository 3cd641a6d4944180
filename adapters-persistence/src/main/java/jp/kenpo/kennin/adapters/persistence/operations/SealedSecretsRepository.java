package jp.kenpo.kennin.adapters.persistence.operations;

import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.STAFF;
import static jp.kenpo.kennin.adapters.persistence.jooq.Tables.STAFF_ENROLMENT;

import java.util.ArrayList;
import java.util.List;
import jp.kenpo.kennin.application.keyrotation.SealedSecretsPort;
import org.jooq.DSLContext;

/** The authenticator secrets of staff members and of pending enrolments, for re-sealing after a key rotation. */
public final class SealedSecretsRepository implements SealedSecretsPort {
    private final DSLContext dsl;

    public SealedSecretsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<SealedValue> sealedValues() {
        List<SealedValue> values = new ArrayList<>();
        dsl.select(STAFF.ID, STAFF.TOTP_SECRET).from(STAFF).where(STAFF.TOTP_SECRET.isNotNull()).orderBy(STAFF.ID)
                .forEach(r -> values.add(new SealedValue(Place.STAFF_TOTP_SECRET, r.value1(), r.value2())));
        dsl.select(STAFF_ENROLMENT.STAFF_ID, STAFF_ENROLMENT.TOTP_SECRET).from(STAFF_ENROLMENT)
                .where(STAFF_ENROLMENT.TOTP_SECRET.isNotNull()).orderBy(STAFF_ENROLMENT.STAFF_ID)
                .forEach(r -> values.add(new SealedValue(Place.ENROLMENT_TOTP_SECRET, r.value1(), r.value2())));
        return values;
    }

    @Override
    public boolean replace(SealedValue value, String resealed) {
        // Conditional on the value read: a sign-in or enrolment that changed it meanwhile wins, and a rerun finds it current.
        return switch (value.place()) {
            case STAFF_TOTP_SECRET -> dsl.update(STAFF).set(STAFF.TOTP_SECRET, resealed)
                    .where(STAFF.ID.eq(value.owner())).and(STAFF.TOTP_SECRET.eq(value.stored())).execute() == 1;
            case ENROLMENT_TOTP_SECRET -> dsl.update(STAFF_ENROLMENT).set(STAFF_ENROLMENT.TOTP_SECRET, resealed)
                    .where(STAFF_ENROLMENT.STAFF_ID.eq(value.owner())).and(STAFF_ENROLMENT.TOTP_SECRET.eq(value.stored()))
                    .execute() == 1;
        };
    }
}
