package jp.kenpo.kennin.domain.staff;

/** A staff account's database id. */
public record StaffId(long value) {
    public StaffId {
        if (value <= 0) {
            throw new jp.kenpo.kennin.domain.InvalidValueException("staff.id.invalid");
        }
    }
}
