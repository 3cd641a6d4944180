package jp.kenpo.kennin.adapters.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Texts the command line prints. Its own texts come from {@code i18n/cli_ja} and
 * {@code i18n/cli_en} and are printed in both languages, because operators run the jar on
 * servers whose locale says nothing about who reads the console. Reason codes from the domain
 * (such as {@code member.symbol.invalid}) are resolved in Japanese from the bundle the web
 * adapter ships ({@code i18n/messages}), so the CLI and the screens say the same thing.
 * A missing key prints the key itself rather than failing: a wrong word is better than no
 * report of what went wrong.
 */
public final class ConsoleMessages {
    public static final String REASON_BUNDLE = "i18n/messages";
    private static final String CLI_BUNDLE = "i18n/cli";
    // Without this, a server whose default locale is English would answer Locale.JAPANESE
    // lookups from an English bundle instead of the base one.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Optional<ResourceBundle> japanese;
    private final Optional<ResourceBundle> english;
    private final Optional<ResourceBundle> reasons;

    /** @param reasonBundle base name of the bundle with the domain's reason codes */
    public ConsoleMessages(String reasonBundle) {
        this.japanese = bundle(CLI_BUNDLE, Locale.JAPANESE);
        this.english = bundle(CLI_BUNDLE, Locale.ENGLISH);
        this.reasons = bundle(reasonBundle, Locale.JAPANESE);
    }

    public static ConsoleMessages standard() {
        return new ConsoleMessages(REASON_BUNDLE);
    }

    public String japanese(String key, Object... args) {
        return format(japanese, Locale.JAPANESE, key, args);
    }

    public String english(String key, Object... args) {
        return format(english, Locale.ENGLISH, key, args);
    }

    /** The Japanese text, then the English one on the next line. */
    public String bilingual(String key, Object... args) {
        return japanese(key, args) + System.lineSeparator() + english(key, args);
    }

    /** A domain reason code in the words the member sees on screen. */
    public String reason(String code) {
        // The rules engine's codes (a 続柄 the roster names wrongly, ...) have their texts in the domain jar.
        if (reasons.filter(b -> b.containsKey(code)).isEmpty()) {
            return jp.kenpo.kennin.domain.eligibility.ReasonTexts.text(code, Locale.JAPANESE);
        }
        return format(reasons, Locale.JAPANESE, code);
    }

    private static String format(Optional<ResourceBundle> bundle, Locale locale, String key, Object... args) {
        return bundle.filter(b -> b.containsKey(key))
                .map(b -> new MessageFormat(b.getString(key), locale).format(args))
                .orElse(key);
    }

    private static Optional<ResourceBundle> bundle(String baseName, Locale locale) {
        try {
            return Optional.of(ResourceBundle.getBundle(baseName, locale, NO_FALLBACK));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
