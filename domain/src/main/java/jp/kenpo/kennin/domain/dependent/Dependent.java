package jp.kenpo.kennin.domain.dependent;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.PersonName;

/**
 * 被扶養者 as the insurer's records know them, under one insured member.
 *
 * @param certifiedOn 認定日, the day the person became a dependent; older records often lack it
 */
public record Dependent(DependentId id, MemberId member, DependentNumber number, PersonName name, LocalDate birthDate,
                        StatedRelationship relationship, Sex sex, Cohabitation cohabitation,
                        Optional<LocalDate> certifiedOn) {
    public Dependent {
        Objects.requireNonNull(id);
        Objects.requireNonNull(member);
        Objects.requireNonNull(number);
        Objects.requireNonNull(name);
        Objects.requireNonNull(birthDate);
        Objects.requireNonNull(relationship);
        Objects.requireNonNull(sex);
        Objects.requireNonNull(cohabitation);
        Objects.requireNonNull(certifiedOn);
        if (certifiedOn.filter(day -> day.isBefore(birthDate)).isPresent()) {
            throw new InvalidValueException("dependent.certifiedOn.invalid");
        }
    }
}
