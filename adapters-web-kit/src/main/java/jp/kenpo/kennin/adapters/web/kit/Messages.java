package jp.kenpo.kennin.adapters.web.kit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import jp.kenpo.kennin.domain.eligibility.ReasonTexts;
import jp.kenpo.kennin.domain.review.ReviewTexts;

/**
 * Text shown to people, looked up by message ID in {@code i18n/messages_<lang>.properties} (the
 * members' site; the back office names its own bundle)
 * (UTF-8). The same bundle resolves the reason codes the domain and application return, so the
 * CLI reuses it for roster-import errors. The rules engine's codes and document kinds are not
 * copied here: a key this bundle lacks is looked up in the texts the domain library ships
 * ({@link ReasonTexts}). Every text goes through {@link MessageFormat}: write
 * {@code ''} for a literal apostrophe.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The member-facing language. */
    public static Messages japanese() {
        return forLocale(Locale.JAPANESE);
    }

    public static Messages forLocale(Locale locale) {
        return of(BUNDLE, locale);
    }

    /** The texts of another surface (the staff back office has a bundle of its own). */
    public static Messages of(String bundleName, Locale locale) {
        // No fallback to the JVM's default locale: the site must not switch language with the host.
        ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key) || ReasonTexts.pattern(key, locale).isPresent()
                || ReviewTexts.pattern(key, locale).isPresent();
    }

    /**
     * The text for {@code key} with {@code args} filled in. An unknown key yields the key itself
     * (and is caught by the bundle tests) rather than a broken page.
     */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = ReasonTexts.pattern(key, locale).or(() -> ReviewTexts.pattern(key, locale)).orElse(null);
            if (pattern == null) {
                return key;
            }
        }
        boolean noArgs = args == null || args.length == 0;
        if (noArgs && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern; // what MessageFormat would give back unchanged
        }
        // Parsed once per pattern; a copy per use, as a MessageFormat is not safe to share between threads.
        MessageFormat format = (MessageFormat) formats.computeIfAbsent(pattern, p -> new MessageFormat(p, locale)).clone();
        return format.format(noArgs ? new Object[0] : args);
    }

    private final java.util.concurrent.ConcurrentHashMap<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();
}
