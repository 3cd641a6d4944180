package jp.kenpo.kennin.domain.dependent;

import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.Digits;
import jp.kenpo.kennin.domain.text.JapaneseText;

/**
 * 被扶養者番号: the dependent's number under the member's card, usually 1 or 2 digits; up to 4
 * are accepted for insurers that number differently. As with {@code MemberNumber}, leading zeros
 * are not significant ("01" and "1" are the same dependent), so the value is kept without them.
 */
public record DependentNumber(String value) implements Comparable<DependentNumber> {
    /** Digits at most; checked by loops (see {@link Digits}) rather than regexes, since every roster row has one. */
    private static final int MAX_DIGITS = 4;

    public DependentNumber {
        if (value == null || !Digits.isWithoutLeadingZeros(value, MAX_DIGITS)) {
            throw new InvalidValueException("dependent.number.invalid");
        }
    }

    public static DependentNumber parse(String raw) {
        String s = JapaneseText.nfkc(raw == null ? "" : raw).replace(" ", "");
        if (!Digits.isDigits(s, MAX_DIGITS)) {
            throw new InvalidValueException("dependent.number.invalid");
        }
        return new DependentNumber(Digits.withoutLeadingZeros(s));
    }

    /** Numeric order, as the insurer lists a family: 2 before 10. */
    @Override
    public int compareTo(DependentNumber other) {
        return Integer.compare(Integer.parseInt(value), Integer.parseInt(other.value));
    }

    @Override
    public String toString() {
        return value;
    }
}
