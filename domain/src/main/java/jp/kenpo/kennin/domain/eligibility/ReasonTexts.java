package jp.kenpo.kennin.domain.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The words for the rules engine's codes, in Japanese and English, shipped in this jar
 * ({@code jp/kenpo/kennin/domain/eligibility/reasons_ja.properties} and {@code _en}) so that every
 * system embedding the engine says the same thing without copying texts:
 * <pre>{@code
 * for (Reason reason : judgement.reasons()) {
 *     System.out.println(ReasonTexts.text(reason, Locale.JAPANESE));
 * }
 * }</pre>
 * Covers each {@link Reason#code()}, each {@link jp.kenpo.kennin.domain.InvalidValueException#code()}
 * the engine throws, and each {@link DocumentKind} (key {@code eligibility.document.<NAME>}).
 * English for a locale whose language is English, Japanese for every other one: the rules are
 * Japanese law, and the JVM's default locale must not choose the language.
 */
public final class ReasonTexts {
    private static final String DOCUMENT_PREFIX = "eligibility.document.";
    /*
     * Read as plain properties next to this class rather than through ResourceBundle.getBundle with a
     * Control: that is refused inside a named module, and on the module path this jar is one
     * (jp.kenpo.kennin.domain). Loaded once, immutable after.
     */
    private static final Map<Locale, Map<String, String>> TEXTS = Map.of(
            Locale.JAPANESE, load("reasons_ja.properties"), Locale.ENGLISH, load("reasons_en.properties"));

    private ReasonTexts() {
    }

    /** The text of a finding, its args filled in. */
    public static String text(Reason reason, Locale locale) {
        Inputs.present(reason, "reason");
        return text(reason.code(), locale, reason.args().toArray());
    }

    /** The name of a document the survey asks for. */
    public static String text(DocumentKind kind, Locale locale) {
        return text(key(Inputs.present(kind, "kind")), locale);
    }

    /**
     * The text for {@code code} with {@code args} filled in, or the code itself when this library
     * has no text for it (a wrong word is better than no report at all).
     */
    public static String text(String code, Locale locale, Object... args) {
        Locale language = language(locale);
        return pattern(code, language)
                .map(p -> new MessageFormat(p, language).format(args == null ? new Object[0] : args))
                .orElse(code);
    }

    /** The unformatted pattern for {@code code}, when this library has one. */
    public static Optional<String> pattern(String code, Locale locale) {
        Inputs.present(code, "code");
        return Optional.ofNullable(TEXTS.get(language(locale)).get(code));
    }

    /** Every key with a text (the same in both languages; a test holds them equal). */
    public static Set<String> codes(Locale locale) {
        return TEXTS.get(language(locale)).keySet();
    }

    /** The key of a document kind's name, {@code eligibility.document.<NAME>}. */
    public static String key(DocumentKind kind) {
        return DOCUMENT_PREFIX + Inputs.present(kind, "kind").name();
    }

    private static Locale language(Locale locale) {
        return Inputs.present(locale, "locale").getLanguage().equals(Locale.ENGLISH.getLanguage())
                ? Locale.ENGLISH : Locale.JAPANESE;
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = ReasonTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " of jp.kenpo.kennin.domain is missing from the jar");
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts.stringPropertyNames().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(k -> k, texts::getProperty));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
