package jp.kenpo.kennin.domain.member;

import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.Digits;
import jp.kenpo.kennin.domain.text.JapaneseText;

/**
 * 番号: 1 to 10 digits. Leading zeros are not significant ("0123" and "123" are the same
 * member), so the value is kept without them.
 */
public record MemberNumber(String value) {
    /** Digits at most; checked by loops (see {@link Digits}) rather than regexes, since every roster row has one. */
    private static final int MAX_DIGITS = 10;

    public MemberNumber {
        if (value == null || !Digits.isWithoutLeadingZeros(value, MAX_DIGITS)) {
            throw new InvalidValueException("member.number.invalid");
        }
    }

    public static MemberNumber parse(String raw) {
        String s = JapaneseText.nfkc(raw).replace(" ", "");
        if (!Digits.isDigits(s, MAX_DIGITS)) {
            throw new InvalidValueException("member.number.invalid");
        }
        return new MemberNumber(Digits.withoutLeadingZeros(s));
    }

    @Override
    public String toString() {
        return value;
    }
}
