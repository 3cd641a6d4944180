package jp.kenpo.kennin.domain.insurer;

import java.util.Locale;
import java.util.regex.Pattern;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.JapaneseText;

/** 保険者指定コード: the short code a member types to name their insurer, such as {@code omron}. */
public record InsurerCode(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9_-]{1,29}");

    public InsurerCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("insurer.code.invalid");
        }
    }

    public static InsurerCode parse(String raw) {
        return new InsurerCode(JapaneseText.nfkc(raw).toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
