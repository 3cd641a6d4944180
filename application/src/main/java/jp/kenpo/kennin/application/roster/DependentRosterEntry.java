package jp.kenpo.kennin.application.roster;

import java.time.LocalDate;
import java.util.Optional;
import jp.kenpo.kennin.domain.dependent.Cohabitation;
import jp.kenpo.kennin.domain.dependent.DependentNumber;
import jp.kenpo.kennin.domain.dependent.Sex;
import jp.kenpo.kennin.domain.dependent.StatedRelationship;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;

/**
 * A validated dependents roster row, its member named by card (記号・番号): the store finds the
 * member when the whole file is staged, so no row waits for a lookup of its own.
 */
public record DependentRosterEntry(MemberSymbol symbol, MemberNumber memberNumber, DependentNumber number, PersonName name,
                                   LocalDate birthDate, StatedRelationship relationship, Sex sex, Cohabitation cohabitation,
                                   Optional<LocalDate> certifiedOn) {
    /** The same dependent under the member the card was found to be. */
    public DependentEntry under(MemberId member) {
        return new DependentEntry(member, number, name, birthDate, relationship, sex, cohabitation, certifiedOn);
    }
}
