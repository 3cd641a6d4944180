package jp.kenpo.kennin.application.roster;

import java.time.LocalDate;
import java.util.Optional;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.Dependent;
import jp.kenpo.kennin.domain.dependent.DependentId;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.PersonName;

/** A validated dependents roster row, its member already found. */
public record DependentEntry(MemberId member, DependentNumber number, PersonName name, LocalDate birthDate,
                             StatedRelationship relationship, Sex sex, Cohabitation cohabitation,
                             Optional<LocalDate> certifiedOn) {
    /** The dependent this entry describes, under the id the store gave it. */
    public Dependent withId(DependentId id) {
        return new Dependent(id, member, number, name, birthDate, relationship, sex, cohabitation, certifiedOn);
    }
}
