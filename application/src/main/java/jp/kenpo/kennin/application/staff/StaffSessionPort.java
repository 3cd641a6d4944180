package jp.kenpo.kennin.application.staff;

import java.util.OptionalLong;
import jp.kenpo.kennin.domain.staff.StaffId;
import jp.kenpo.kennin.domain.staff.StaffRole;

/**
 * What a staff session needs to know at each request: whether the account it was started for is
 * still the same. The credential generation goes up with every disabling and every re-enrolment
 * (in the same statement), so a session started before either never matches again, whichever
 * process or node made the change.
 */
public interface StaffSessionPort {
    /**
     * The account's credential generation, read only while it is {@code ACTIVE} with {@code role}
     * (one conditional read on the staff row); empty when it is disabled, enrolling again, gone, or
     * holds another role.
     */
    OptionalLong activeGeneration(StaffId staff, StaffRole role);
}
