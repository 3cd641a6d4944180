package jp.kenpo.kennin.domain.member;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.InsurerCode;

/**
 * 被保険者 as the insurer's roster knows them.
 *
 * @param office      事業所, blank when the roster has none
 * @param emailSetByMember true once the member changed the address themselves; a roster
 *                         re-import then keeps the member's address
 */
public record InsuredMember(MemberId id, InsurerCode insurer, MemberSymbol symbol, MemberNumber number, PersonName name,
                            LocalDate birthDate, EmailAddress email, String office, boolean emailSetByMember) {
    public InsuredMember {
        Objects.requireNonNull(id);
        Objects.requireNonNull(insurer);
        Objects.requireNonNull(symbol);
        Objects.requireNonNull(number);
        Objects.requireNonNull(name);
        Objects.requireNonNull(birthDate);
        Objects.requireNonNull(email);
        office = office == null ? "" : office.strip();
    }

    /** The identity check of 初回認証: birth date and kana name must both match. */
    public boolean identifiedBy(LocalDate typedBirthDate, String typedKana) {
        return birthDate.equals(typedBirthDate) & name.kanaMatches(typedKana == null ? "" : typedKana);
    }

    public Optional<String> officeName() {
        return office.isEmpty() ? Optional.empty() : Optional.of(office);
    }

    public InsuredMember withEmailChangedByMember(EmailAddress newEmail) {
        return new InsuredMember(id, insurer, symbol, number, name, birthDate, newEmail, office, true);
    }
}
