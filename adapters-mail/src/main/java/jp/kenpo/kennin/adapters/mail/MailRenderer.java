package jp.kenpo.kennin.adapters.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.application.mail.MailTemplate;

/**
 * Subject and plain-text body of each {@link MailTemplate}, from {@code mail/mail_<lang>.properties}
 * with {@code {name}} placeholders filled from the mail's parameters. Every body is followed by
 * the bundle's {@code footer} (signature and the send-only notice), so that text exists once.
 *
 * <p>The bundle is read as {@link Properties} rather than through {@code ResourceBundle}: the
 * language must not silently follow the server's default locale, and a file that is not valid
 * UTF-8 must fail instead of falling back to ISO-8859-1 mojibake. Named placeholders instead of
 * {@code MessageFormat}'s numbered ones keep the texts readable and free of its apostrophe rule.
 */
final class MailRenderer {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final String DEFAULT_LANGUAGE = "ja";

    private final Properties texts;

    private MailRenderer(Properties texts) {
        this.texts = texts;
    }

    static MailRenderer japanese() {
        return forLocale(Locale.JAPANESE);
    }

    /** The bundle for the locale's language, or Japanese when there is none. */
    static MailRenderer forLocale(Locale locale) {
        return new MailRenderer(load(locale.getLanguage())
                .or(() -> load(DEFAULT_LANGUAGE))
                .orElseThrow(() -> new IllegalStateException("mail/mail_" + DEFAULT_LANGUAGE + ".properties is missing")));
    }

    record RenderedMail(String subject, String body) {
    }

    /** @throws IllegalArgumentException when a placeholder has no parameter: a bug in the caller */
    RenderedMail render(MailTemplate template, Map<String, String> params) {
        String subject = fill(text(template + ".subject"), template, params);
        if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            // A parameter with a line break would otherwise end up inside a header.
            throw new IllegalArgumentException("Subject of " + template + " would contain a line break");
        }
        String body = fill(text(template + ".body") + "\n" + text("footer"), template, params);
        return new RenderedMail(subject, body);
    }

    private String text(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("mail bundle has no text for " + key);
        }
        return text;
    }

    private static String fill(String text, MailTemplate template, Map<String, String> params) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder(text.length() + 64);
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value = params.get(name);
            if (value == null) {
                throw new IllegalArgumentException("mail " + template + " needs parameter '" + name + "'");
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(filled).toString();
    }

    private static Optional<Properties> load(String language) {
        String resource = "mail/mail_" + language + ".properties";
        try (InputStream in = MailRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
            return Optional.of(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
