package jp.kenpo.kennin.application.letters;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.member.MemberId;
import jp.kenpo.kennin.domain.member.MemberNumber;
import jp.kenpo.kennin.domain.member.MemberSymbol;

/** What a letter needs of one member, as read for the run. */
public record LetterMember(MemberId id, String name, MemberSymbol symbol, MemberNumber number, String office,
                           Optional<LocalDate> extendedUntil) {
    public LetterMember {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(symbol);
        Objects.requireNonNull(number);
        Objects.requireNonNull(office);
        Objects.requireNonNull(extendedUntil);
    }
}
