package jp.kenpo.kennin.domain.staff;

import java.util.Locale;
import java.util.regex.Pattern;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.JapaneseText;

/**
 * A staff member's login name: 3–64 of {@code A–Z a–z 0–9 . _ @ -}, typed in any width,
 * unique across the installation without regard to case ({@link #key()}).
 */
public record LoginName(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    public LoginName {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("staff.login.invalid");
        }
    }

    /** Width-normalised and trimmed: a name typed in full-width is the same name. */
    public static LoginName parse(String raw) {
        return new LoginName(raw == null ? null : JapaneseText.nfkc(raw).strip());
    }

    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
