package jp.kenpo.kennin.domain.staff;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.insurer.InsurerCode;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.text.PlainText;

/**
 * A back-office account. Every role but the operator belongs to one insurer; an employer's HR
 * contact (事業所担当) has exactly one 事業所, nobody else has one.
 *
 * @param insurer        empty exactly for {@link StaffRole#OPERATOR}
 * @param email          where enrolment links go; the operator made on the command line may have none
 * @param office         the 事業所 of an {@link StaffRole#EMPLOYER_CONTACT}, as on the roster; empty otherwise
 * @param lastSignedInAt the last successful sign-in
 */
public record StaffMember(StaffId id, Optional<InsurerCode> insurer, LoginName login, String displayName,
                          Optional<EmailAddress> email, StaffRole role, Optional<String> office, StaffState state,
                          Optional<Instant> lastSignedInAt) {
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_OFFICE_LENGTH = 200;

    public StaffMember {
        Objects.requireNonNull(id);
        Objects.requireNonNull(login);
        Objects.requireNonNull(email);
        Objects.requireNonNull(state);
        Objects.requireNonNull(lastSignedInAt);
        checkProfile(insurer, displayName, role, office);
    }

    /**
     * Checks what is given when staff are created, before anything is stored.
     *
     * @throws InvalidValueException with the code of the first rule broken
     */
    public static void checkProfile(Optional<InsurerCode> insurer, String displayName, StaffRole role, Optional<String> office) {
        Objects.requireNonNull(insurer);
        Objects.requireNonNull(office);
        InvalidValueException.requirePresent(role, "staff.role.invalid", "role");
        if (displayName == null || displayName.isBlank() || displayName.length() > MAX_NAME_LENGTH
                || PlainText.hasControlCharacters(displayName)) {
            throw new InvalidValueException("staff.name.invalid");
        }
        if (role.belongsToInsurer() == insurer.isEmpty()) {
            throw new InvalidValueException("staff.insurer.invalid");
        }
        if ((role == StaffRole.EMPLOYER_CONTACT) != office.isPresent()) {
            throw new InvalidValueException("staff.office.invalid");
        }
        if (office.isPresent() && (office.get().isBlank() || office.get().length() > MAX_OFFICE_LENGTH
                || PlainText.hasControlCharacters(office.get()))) {
            throw new InvalidValueException("staff.office.invalid");
        }
    }

    public boolean canSignIn() {
        return state == StaffState.ACTIVE;
    }
}
