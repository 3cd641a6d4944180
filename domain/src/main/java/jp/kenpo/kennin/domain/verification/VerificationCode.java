package jp.kenpo.kennin.domain.verification;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.text.JapaneseText;

/** A 6-digit 認証コード. Only its hash is ever stored. */
public record VerificationCode(String value) {
    private static final Pattern SHAPE = Pattern.compile("[0-9]{6}");

    public VerificationCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("verification.code.format");
        }
    }

    /** A fresh code; pass a {@link java.security.SecureRandom}. */
    public static VerificationCode issue(RandomGenerator random) {
        return new VerificationCode(String.format("%06d", random.nextInt(1_000_000)));
    }

    /** A code as the member typed it: any width, spaces and hyphens ignored. */
    public static VerificationCode parse(String typed) {
        return new VerificationCode(JapaneseText.nfkc(typed).replaceAll("[\\s-]", ""));
    }

    @Override
    public String toString() {
        return "VerificationCode[******]";
    }
}
