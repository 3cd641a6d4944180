package jp.kenpo.kennin.domain.mailing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.domain.InvalidValueException;
import jp.kenpo.kennin.domain.account.Language;

/**
 * Subject and body of one kind of campaign mail, as staff wrote it: plain text with
 * {@code {placeholder}}s ({@link MailPlaceholder}) that are filled per member. It cannot hold a
 * subject with a line break (it would become a header), an unknown placeholder (the member would
 * read "{nmae}") or one the kind has no value for.
 */
public record CampaignMailText(CampaignKind kind, String subject, String body) {
    public static final int MAX_SUBJECT_LENGTH = 200;
    public static final int MAX_BODY_LENGTH = 10_000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /** Why staff's text was refused; each is a message code {@code mailing.text.<name>}. */
    public enum Problem {
        SUBJECT_BLANK, SUBJECT_TOO_LONG, SUBJECT_LINE_BREAK, BODY_BLANK, BODY_TOO_LONG, CONTROL_CHARACTER,
        UNKNOWN_PLACEHOLDER, PLACEHOLDER_NOT_FOR_KIND, URL_MISSING;

        public String code() {
            return "mailing.text." + name();
        }
    }

    public CampaignMailText {
        Objects.requireNonNull(kind);
        subject = subject == null ? "" : subject.strip();
        body = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        List<Problem> problems = check(kind, subject, body);
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems.get(0).code(), problems.toString());
        }
    }

    /** Everything wrong with the text, in the order a form shows it; empty when it is fine. */
    public static List<Problem> check(CampaignKind kind, String rawSubject, String rawBody) {
        String subject = rawSubject == null ? "" : rawSubject.strip();
        String body = rawBody == null ? "" : rawBody.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        Set<Problem> problems = new LinkedHashSet<>();
        if (subject.isEmpty()) {
            problems.add(Problem.SUBJECT_BLANK);
        }
        if (subject.codePointCount(0, subject.length()) > MAX_SUBJECT_LENGTH) {
            problems.add(Problem.SUBJECT_TOO_LONG);
        }
        if (subject.indexOf('\n') >= 0 || subject.indexOf('\r') >= 0) {
            problems.add(Problem.SUBJECT_LINE_BREAK);
        }
        if (body.isBlank()) {
            problems.add(Problem.BODY_BLANK);
        }
        if (body.codePointCount(0, body.length()) > MAX_BODY_LENGTH) {
            problems.add(Problem.BODY_TOO_LONG);
        }
        if (hasControl(subject.replace("\n", "")) || hasControl(body.replace("\n", "").replace("\t", ""))) {
            problems.add(Problem.CONTROL_CHARACTER);
        }
        Set<MailPlaceholder> used = EnumSet.noneOf(MailPlaceholder.class);
        for (String text : List.of(subject, body)) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                var placeholder = MailPlaceholder.ofToken(m.group(1));
                if (placeholder.isEmpty()) {
                    problems.add(Problem.UNKNOWN_PLACEHOLDER);
                } else if (!placeholder.get().allowedIn(kind)) {
                    problems.add(Problem.PLACEHOLDER_NOT_FOR_KIND);
                } else {
                    used.add(placeholder.get());
                }
            }
        }
        if (!used.contains(MailPlaceholder.URL)) {
            problems.add(Problem.URL_MISSING);
        }
        return List.copyOf(problems);
    }

    /** The placeholders in the text that are not known or not for this kind, for the form's message. */
    public static List<String> badPlaceholders(CampaignKind kind, String subject, String body) {
        List<String> bad = new ArrayList<>();
        for (String text : new String[] {subject == null ? "" : subject, body == null ? "" : body}) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (MailPlaceholder.ofToken(m.group(1)).filter(p -> p.allowedIn(kind)).isEmpty() && !bad.contains(m.group())) {
                    bad.add(m.group());
                }
            }
        }
        return bad;
    }

    private static boolean hasControl(String s) {
        return s.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    /** Subject and body with every placeholder filled; the values are the member's, never reparsed. */
    public Rendered render(Map<MailPlaceholder, String> values) {
        return new Rendered(fill(subject, values).replaceAll("[\\r\\n]+", " "), fill(body, values));
    }

    public record Rendered(String subject, String body) {
    }

    private String fill(String text, Map<MailPlaceholder, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 128);
        while (m.find()) {
            MailPlaceholder p = MailPlaceholder.ofToken(m.group(1)).orElseThrow();
            String value = values.get(p);
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + p.token() + "} in " + kind);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** The built-in text of a kind, used until the insurer writes its own. */
    public static CampaignMailText standard(CampaignKind kind) {
        return standard(kind, Language.JA);
    }

    /**
     * The built-in text of a kind in {@code language}. Staff write campaign texts in Japanese only;
     * the English one goes before theirs to members who read the site in English.
     */
    public static CampaignMailText standard(CampaignKind kind, Language language) {
        Properties texts = language == Language.EN ? ENGLISH : JAPANESE;
        return new CampaignMailText(kind, texts.getProperty(kind.name() + ".subject"), texts.getProperty(kind.name() + ".body"));
    }

    private static final Properties JAPANESE = load("campaign-texts_ja.properties");
    private static final Properties ENGLISH = load("campaign-texts_en.properties");

    private static Properties load(String name) {
        try (InputStream in = CampaignMailText.class.getResourceAsStream(name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(Objects.requireNonNull(in, name), StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
