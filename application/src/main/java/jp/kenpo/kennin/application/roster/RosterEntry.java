package jp.kenpo.kennin.application.roster;

import java.time.LocalDate;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;
import jp.kenpo.kennin.domain.member.PersonName;

/** A validated roster row. */
public record RosterEntry(MemberSymbol symbol, MemberNumber number, PersonName name, LocalDate birthDate,
                          EmailAddress email, String office) {
}
