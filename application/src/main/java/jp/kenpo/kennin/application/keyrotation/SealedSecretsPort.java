package jp.kenpo.kennin.application.keyrotation;

import java.util.List;

/** Every stored sealed value (staff members' and pending enrolments' authenticator secrets), and a guarded replace. */
public interface SealedSecretsPort {
    /** Where a sealed value lives; {@code owner} is the row's key (the staff id). */
    enum Place {
        STAFF_TOTP_SECRET, ENROLMENT_TOTP_SECRET
    }

    record SealedValue(Place place, long owner, String stored) {
        @Override
        public String toString() {
            return "SealedValue[" + place + ", owner=" + owner + ", value hidden]";
        }
    }

    List<SealedValue> sealedValues();

    /** Replaces the value only while it is still {@code value.stored()}; false when it changed meanwhile. */
    boolean replace(SealedValue value, String resealed);
}
