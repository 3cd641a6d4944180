package jp.kenpo.kennin.domain.credential;

import java.util.Locale;
import jp.kenpo.kennin.domain.text.JapaneseText;

/**
 * ユーザID as the member chose it. Unique across the installation without regard to case,
 * so {@link #key()} is what is stored for lookups; {@link #value()} is shown back.
 * Shape rules live in {@link CredentialPolicy} because insurers may set their own.
 */
public record UserId(String value) {
    public UserId {
        if (value == null || value.isEmpty() || value.length() > 200) {
            throw new jp.kenpo.kennin.domain.InvalidValueException("credential.userId.length");
        }
    }

    /** Normalises width (a user ID typed in full-width is the same ID) and trims. */
    public static UserId of(String raw) {
        return new UserId(JapaneseText.nfkc(raw));
    }

    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
