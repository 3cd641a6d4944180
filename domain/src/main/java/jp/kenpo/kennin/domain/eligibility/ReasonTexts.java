package jp.kenpo.kennin.domain.eligibility;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
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
    private static final String BUNDLE = "jp.kenpo.kennin.domain.eligibility.reasons";
    private static final String DOCUMENT_PREFIX = "eligibility.document.";

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
        ResourceBundle bundle = bundle(language(locale));
        return bundle.containsKey(code) ? Optional.of(bundle.getString(code)) : Optional.empty();
    }

    /** Every key with a text (the same in both languages; a test holds them equal). */
    public static Set<String> codes(Locale locale) {
        return bundle(language(locale)).keySet();
    }

    /** The key of a document kind's name, {@code eligibility.document.<NAME>}. */
    public static String key(DocumentKind kind) {
        return DOCUMENT_PREFIX + Inputs.present(kind, "kind").name();
    }

    private static Locale language(Locale locale) {
        return Inputs.present(locale, "locale").getLanguage().equals(Locale.ENGLISH.getLanguage())
                ? Locale.ENGLISH : Locale.JAPANESE;
    }

    private static ResourceBundle bundle(Locale language) {
        try {
            // No fallback to the JVM's default locale; properties files are read as UTF-8 (Java 9+).
            return ResourceBundle.getBundle(BUNDLE, language, ReasonTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the texts of jp.kenpo.kennin.domain are missing from the class path", e);
        }
    }
}
