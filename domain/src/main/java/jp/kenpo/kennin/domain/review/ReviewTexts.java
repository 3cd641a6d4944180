package jp.kenpo.kennin.domain.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words for the review's codes (削除理由, why a file was refused, 継続/削除, the decision's
 * validation codes and the sentences the member reads in a return reason or the result mail), in
 * Japanese and English, shipped with the codes ({@code review_ja.properties}, {@code _en}) so the
 * member site, the staff site, mail and exports say the same thing. Keys:
 * {@code review.removal.<NAME>}, {@code review.rejection.<NAME>}, {@code review.outcome.<NAME>}.
 * English for a locale whose language is English, Japanese for every other one.
 */
public final class ReviewTexts {
    private static final Map<Locale, Map<String, String>> TEXTS = Map.of(
            Locale.JAPANESE, load("review_ja.properties"), Locale.ENGLISH, load("review_en.properties"));

    private ReviewTexts() {
    }

    public static String key(RemovalReason reason) {
        return "review.removal." + reason.name();
    }

    public static String key(DocumentRejectionReason reason) {
        return "review.rejection." + reason.name();
    }

    public static String key(DecisionOutcome outcome) {
        return "review.outcome." + outcome.name();
    }

    public static String text(RemovalReason reason, Locale locale) {
        return text(key(reason), locale);
    }

    public static String text(DocumentRejectionReason reason, Locale locale) {
        return text(key(reason), locale);
    }

    public static String text(DecisionOutcome outcome, Locale locale) {
        return text(key(outcome), locale);
    }

    /** The text for {@code code} with {@code args} filled in, or the code itself when there is none. */
    public static String text(String code, Locale locale, Object... args) {
        Locale language = language(locale);
        return pattern(code, language)
                .map(p -> new MessageFormat(p, language).format(args == null ? new Object[0] : args))
                .orElse(code);
    }

    public static Optional<String> pattern(String code, Locale locale) {
        Objects.requireNonNull(code);
        return Optional.ofNullable(TEXTS.get(language(locale)).get(code));
    }

    public static Set<String> codes(Locale locale) {
        return TEXTS.get(language(locale)).keySet();
    }

    private static Locale language(Locale locale) {
        return Objects.requireNonNull(locale).getLanguage().equals(Locale.ENGLISH.getLanguage())
                ? Locale.ENGLISH : Locale.JAPANESE;
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = ReviewTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " of jp.kenpo.kennin.domain is missing from the jar");
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts.stringPropertyNames().stream().collect(Collectors.toUnmodifiableMap(k -> k, texts::getProperty));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
