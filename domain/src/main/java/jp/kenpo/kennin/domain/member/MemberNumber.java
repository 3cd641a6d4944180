package jp.kenpo.kennin.domain.member;

import java.util.regex.Pattern;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.Digits;
import jp.kenpo.kennin.domain.text.JapaneseText;

/**
 * 番号: 1 to 10 digits. Leading zeros are not significant ("0123" and "123" are the same
 * member), so the value is kept without them.
 */
public record MemberNumber(String value) {
    private static final Pattern SHAPE = Pattern.compile("0|[1-9][0-9]{0,9}");
    /** What a roster may write, leading zeros included; compiled once, as every row is checked against it. */
    private static final Pattern TYPED = Pattern.compile("[0-9]{1,10}");

    public MemberNumber {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("member.number.invalid");
        }
    }

    public static MemberNumber parse(String raw) {
        String s = JapaneseText.nfkc(raw).replace(" ", "");
        if (!TYPED.matcher(s).matches()) {
            throw new InvalidValueException("member.number.invalid");
        }
        return new MemberNumber(Digits.withoutLeadingZeros(s));
    }

    @Override
    public String toString() {
        return value;
    }
}
