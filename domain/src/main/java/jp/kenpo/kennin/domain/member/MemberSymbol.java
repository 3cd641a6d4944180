package jp.kenpo.kennin.domain.member;

import java.util.regex.Pattern;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.JapaneseText;

/** 記号: printed on the insurance card / 資格情報のお知らせ (usually 2 digits; some insurers use letters). */
public record MemberSymbol(String value) {
    private static final Pattern SHAPE = Pattern.compile("[0-9A-Z]{1,8}");

    public MemberSymbol {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("member.symbol.invalid");
        }
    }

    public static MemberSymbol parse(String raw) {
        return new MemberSymbol(JapaneseText.nfkc(raw).replace(" ", "").toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
