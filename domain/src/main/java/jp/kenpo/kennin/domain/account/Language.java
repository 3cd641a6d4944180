package jp.kenpo.kennin.domain.account;

import java.util.Locale;
import java.util.Optional;

/**
 * A language the members' site and its mails are written in. Japanese is the default: an account
 * that never chose one, or a browser that asks for neither, reads Japanese.
 */
public enum Language {
    JA("ja", Locale.JAPANESE),
    EN("en", Locale.ENGLISH);

    public static final Language DEFAULT = JA;

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The ISO 639-1 code ({@code ja}, {@code en}): what is stored, posted and written into {@code lang}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of this exact code, in any case; empty for anything else (never a guess). */
    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
