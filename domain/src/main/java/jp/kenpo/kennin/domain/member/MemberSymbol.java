package jp.kenpo.kennin.domain.member;

import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.Digits;
import jp.kenpo.kennin.domain.text.JapaneseText;

/** 記号: printed on the insurance card / 資格情報のお知らせ (usually 2 digits; some insurers use letters). */
public record MemberSymbol(String value) {
    private static final int MAX_LENGTH = 8;

    public MemberSymbol {
        if (value == null || !hasShape(value)) {
            throw new InvalidValueException("member.symbol.invalid");
        }
    }

    public static MemberSymbol parse(String raw) {
        return new MemberSymbol(JapaneseText.nfkc(raw).replace(" ", "").toUpperCase(java.util.Locale.ROOT));
    }

    /** {@code [0-9A-Z]{1,8}}, as a loop because every roster row has a symbol. */
    private static boolean hasShape(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Digits.isAsciiDigit(c) && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
